/** The themes other than light, loaded only when Office or the system asks for them (theme.ts). */
export { teamsHighContrastTheme as highContrastTheme, webDarkTheme as darkTheme } from "@fluentui/react-components";
