/** Outlook's theme, read once at boot: a dark Outlook gets a dark pane. */
export function isDarkTheme(): boolean {
  const background = Office.context.officeTheme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) return false;
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  // Relative luminance (ITU-R BT.709 weights) below one half reads as a dark theme.
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}
