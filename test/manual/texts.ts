/** Every localized text of the catalogue with a label saying where it lives, for the table tests. */
import type { LocalizedText } from "../../src/engine/rule";
import { REMEDY_LIST } from "../../src/manual/remedies";
import { HELP_TOPICS, HELP_GROUPS } from "../../src/manual/help";

export interface LabelledText {
  readonly label: string;
  readonly text: LocalizedText;
  /** Steps and symptoms: the texts that retell the manual (titles are short labels). */
  readonly prose: boolean;
}

export function catalogueTexts(): LabelledText[] {
  const out: LabelledText[] = [];
  for (const remedy of REMEDY_LIST) {
    out.push({ label: `remedy ${remedy.id} title`, text: remedy.title, prose: false });
    remedy.steps.forEach((step, i) => out.push({ label: `remedy ${remedy.id} step ${i + 1}`, text: step, prose: true }));
  }
  for (const topic of HELP_TOPICS) {
    out.push({ label: `help ${topic.id} title`, text: topic.title, prose: false });
    out.push({ label: `help ${topic.id} symptoms`, text: topic.symptoms, prose: true });
    topic.steps.forEach((step, i) => out.push({ label: `help ${topic.id} step ${i + 1}`, text: step, prose: true }));
  }
  for (const group of HELP_GROUPS) out.push({ label: `help group ${group.id}`, text: group.title, prose: false });
  return out;
}

/**
 * Characters whose Simplified and Traditional forms differ and where neither form is also a
 * normal character of the other script (so 于/於, 里/裡, 台/臺, 系/係 are left out).
 * Each pair is Simplified then Traditional.
 */
export const SCRIPT_PAIRS: readonly (readonly [string, string])[] = (
  "这這 发發 邮郵 说說 为為 们們 网網 压壓 缩縮 链鏈 务務 户戶 设設 录錄 过過 请請 认認 " +
  "个個 对對 时時 间間 会會 从從 将將 与與 让讓 该該 应應 给給 开開 关關 单單 题題 页頁 图圖 类類 问問 " +
  "报報 组組 织織 档檔 产產 层層 级級 号號 码碼 账賬 删刪 检檢 滤濾 规規 则則 还還 选選 项項 错錯 误誤 " +
  "确確 证證 连連 线線 络絡 态態 状狀 统統 软軟 体體 机機 动動 数數 无無 满滿 储儲 扩擴 员員 门門 " +
  "联聯 写寫 见見 现現 显顯 内內 广廣 语語 词詞 标標 记記 传傳 营營 销銷 视視 频頻 执執 稳穩 钓釣 " +
  "试試 验驗 锁鎖 冻凍 结結 归歸 转轉 备備 两兩 启啟 击擊 点點 样樣 读讀 处處 理理 谁誰 吗嗎 难難"
)
  .split(" ")
  .filter((pair) => [...pair].length === 2 && pair[0] !== pair[1])
  .map((pair) => [[...pair][0], [...pair][1]] as const);

/** Mainland words (even when written in Traditional characters) that Taiwan says differently. */
export const NOT_TAIWAN_USAGE = ["網絡", "服務器", "文件夾", "鏈接", "軟件", "設置", "賬號", "賬戶", "信息", "登錄", "視頻", "默認", "屏幕", "打印", "郵箱", "推送", "插件"];
/** Taiwan words a mainland reader would not use. */
export const NOT_MAINLAND_USAGE = ["伺服器", "资料夹", "软体", "网路", "预设", "连结", "主旨", "信箱", "增益集"];
