/**
 * File-name facts the attachment rules share: the providers' blocked-type lists (verbatim from
 * DESIGN.md §8), the decoy / macro / archive families, and how we read an extension.
 */
// ".EXE" → "exe": the policy's own normalisation, so what we compare is written the same way.
import { normalizeExtension } from "../../engine/policy/merge";
import { BIDI_CONTROL, BLANK, PADDING_RUN } from "../../engine/shown";

function list(text: string): readonly string[] {
  return text.trim().split(/\s+/).map(normalizeExtension);
}

/** Outlook on the web's default blocked attachment types. */
export const OUTLOOK_WEB_BLOCKED: readonly string[] = list(`
.ade .adp .apk .app .appcontent-ms .application
.appref-ms .appx .asp .aspx .asx .bas .bat .bgi .cab .cdxml .cer .chm .cmd .cnt .com .cpl .crt
.csh .der .diagcab .exe .fxp .gadget .grp .hlp .hpj .hta .htc .img .inf .ins .iso .isp .its .jar
.jnlp .js .jse .ksh .library-ms .lnk .mad .maf .mag .mam .maq .mar .mas .mat .mau .mav .maw .mcf
.mda .mdb .mde .mdt .mdw .mdz .mht .mhtml .msc .msh .msh1 .msh1xml .msh2 .msh2xml .mshxml .msi
.msp .mst .msu .ops .osd .pcd .pif .pl .plg .prf .prg .printerexport .ps1 .ps1xml .ps2 .ps2xml
.psc1 .psc2 .psd1 .psdm1 .pssc .pst .py .pyc .pyo .pyw .pyz .pyzw .reg .scf .scr .sct .search-ms
.settingcontent-ms .shb .shs .theme .tmp .udl .url .vb .vbe .vbp .vbs .vhd .vhdx .vsmacros .vsw
.webpnp .website .ws .wsb .wsc .wsf .wsh .xbap .xll .xnk
`);

/** Gmail's blocked types; Gmail also refuses them inside archives and .gz / .bz2 files. */
export const GMAIL_BLOCKED: readonly string[] = list(`
.ade .adp .apk .appx .appxbundle .bat
.cab .chm .cmd .com .cpl .diagcab .diagcfg .diagpkg .dll .dmg .ex .ex_ .exe .hta .img .ins .iso
.isp .jar .jnlp .js .jse .lib .lnk .mde .mjs .msc .msi .msix .msixbundle .msp .mst .nsh .pif .ps1
.scr .sct .shb .sys .vb .vbe .vbs .vhd .vxd .wsc .wsf .wsh .xll
`);

/**
 * Exchange Online Protection's "common attachment filter" default. For reference only: it is not
 * part of the default blocked set (it blocks .docm and archives such as .xz / .z, which the
 * macro rule and the admin's `blockedExtensions.add` cover instead).
 */
export const EOP_COMMON_ATTACHMENT_FILTER: readonly string[] = list(`
ace ani apk app appx arj bat cab
cmd com deb dex dll docm elf exe hta img iso jar jnlp kext lha lib library lnk lzh macho msc msi
msix msp mst pif ppa ppam reg rev scf scr sct sys uif vb vbe vbs vxd wsc wsf wsh xll xz z
`);

/** Office formats that can carry VBA macros; .xlsb is binary and may hold macros too. */
export const MACRO_EXTENSIONS: ReadonlySet<string> = new Set(
  list("docm dotm xlsm xltm xlsb xlam pptm potm ppam ppsm sldm"),
);

/** Names that announce an archive, whether or not we can read it. */
export const ARCHIVE_EXTENSIONS: ReadonlySet<string> = new Set(list("zip 7z rar gz tgz bz2 tar xz"));

/** Single-file compressors: `setup.exe.gz` still delivers a setup.exe (Gmail refuses it). */
export const SINGLE_FILE_COMPRESSORS: ReadonlySet<string> = new Set(list("gz bz2 xz"));

/**
 * Extensions a user trusts at a glance, used as the decoy in `invoice.pdf.exe`: documents,
 * images, audio / video and common archives ("files.zip.exe" is a classic lure too).
 */
export const DECOY_EXTENSIONS: ReadonlySet<string> = new Set(
  list(`
pdf doc docx xls xlsx ppt pptx odt ods odp rtf txt csv wps et dps ofd xps
jpg jpeg png gif bmp tif tiff webp heic svg ico
mp3 mp4 wav wma wmv avi mov mkv m4a flac
zip rar 7z
`),
);


const BUILT_IN_BLOCKED: ReadonlySet<string> = new Set([...OUTLOOK_WEB_BLOCKED, ...GMAIL_BLOCKED]);

const blockedCache = new WeakMap<object, ReadonlySet<string>>();

/** The built-in union plus the policy's additions, minus its removals. Cached per policy value. */
export function blockedExtensionSet(policy: {
  readonly add: readonly string[];
  readonly remove: readonly string[];
}): ReadonlySet<string> {
  const cached = blockedCache.get(policy);
  if (cached) return cached;
  const set = new Set(BUILT_IN_BLOCKED);
  for (const ext of policy.add) if (normalizeExtension(ext)) set.add(normalizeExtension(ext));
  for (const ext of policy.remove) set.delete(normalizeExtension(ext));
  blockedCache.set(policy, set);
  return set;
}

/**
 * The base name: what follows the last `/` or `\`, without the trailing dots and blanks Windows
 * drops when it saves a file ("run.exe. " is saved, and started, as run.exe).
 */
export function baseName(path: string): string {
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  return path.slice(slash + 1).replace(/[.\s\u3000]+$/u, "");
}

/** Dot-separated parts after the first, lowercased: "Scan.JPG .exe" → ["jpg ", "exe"]. */
function extensionParts(name: string): string[] {
  const parts = baseName(name).toLowerCase().split(".");
  return parts.length > 1 ? parts.slice(1) : [];
}

/** The extension that decides how the file opens: the last one, lowercase; "" when none. */
export function lastExtension(name: string): string {
  const parts = extensionParts(name);
  return parts.length > 0 ? parts[parts.length - 1].trim() : "";
}

/** The extension before the last one, trimmed ("photo.jpeg .exe" → "jpeg"); "" when none. */
export function previousExtension(name: string): string {
  const parts = extensionParts(name);
  return parts.length > 1 ? parts[parts.length - 2].trim() : "";
}

export interface BlockedMatch {
  /** The blocked extension found. */
  readonly ext: string;
  /** The decoy extension in front of it (invoice.pdf.exe → "pdf"), when there is one. */
  readonly decoy?: string;
  /** The compressor wrapped around it (setup.exe.gz → "gz"), when there is one. */
  readonly compressor?: string;
}

/** Whether a name would be refused as a blocked type, directly or inside a .gz / .bz2 / .xz. */
export function matchBlocked(name: string, blocked: ReadonlySet<string>): BlockedMatch | undefined {
  let ext = lastExtension(name);
  let before = previousExtension(name);
  let compressor: string | undefined;
  if (!blocked.has(ext) && SINGLE_FILE_COMPRESSORS.has(ext) && blocked.has(before)) {
    compressor = ext;
    ext = before;
    const parts = extensionParts(name);
    before = parts.length > 2 ? parts[parts.length - 3].trim() : "";
  }
  if (!blocked.has(ext)) return undefined;
  const decoy = DECOY_EXTENSIONS.has(before) ? before : undefined;
  return { ext, ...(decoy ? { decoy } : {}), ...(compressor ? { compressor } : {}) };
}


/** The blank runs that hide the real extension: ≥ 5 blanks right before it. */
export function paddingBeforeExtension(name: string): number {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return 0;
  const match = new RegExp(`${BLANK}+$`, "u").exec(base.slice(0, dot));
  const length = match ? [...match[0]].length : 0;
  return length >= PADDING_RUN ? length : 0;
}

/** Filler this long after a decoy extension pushes the real one out of sight. */
const FILLER_RUN = 10;
let decoyPadding: RegExp | undefined;

/**
 * Padding after a decoy extension that hides the real one when the name is cut short:
 * "invoice.pdf______________.exe", "photo.jpg           x.scr". Returns the filler length, 0 when
 * there is none. Only counts when the name ends in a different extension.
 */
export function paddingAfterDecoy(name: string): number {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return 0;
  decoyPadding ??= new RegExp(
    `\\.(?:${[...DECOY_EXTENSIONS].join("|")})(${BLANK}{${PADDING_RUN},}|[-_~=.·]{${FILLER_RUN},})`,
    "iu",
  );
  const match = decoyPadding.exec(base.slice(0, dot));
  return match ? [...match[1]].length : 0;
}

/**
 * Roughly how Explorer or Outlook draws the name: a right-to-left override (RLO) reverses the
 * characters up to the next PDF / PDI or the end, so "invoice[RLO]fdp.exe" reads
 * "invoiceexe.pdf". Other controls are dropped. This is the attack, not the full Unicode
 * bidi algorithm: with Latin text only overrides reorder characters.
 */
export function displayedName(name: string): string {
  let out = "";
  let reversed: string[] | undefined;
  for (const char of name) {
    if (char === "\u202e") {
      if (reversed) out += reversed.reverse().join("");
      reversed = [];
    } else if (reversed && (char === "\u202c" || char === "\u2069")) {
      out += reversed.reverse().join("");
      reversed = undefined;
    } else if (BIDI_CONTROL.test(char)) {
      continue;
    } else if (reversed) reversed.push(char);
    else out += char;
  }
  if (reversed) out += reversed.reverse().join("");
  return out;
}
