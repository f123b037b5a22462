/** domain/calc: every formula of docs/data-file.md as pure functions returning an `Outcome`. */
export * from "./outcome";
export * from "./inputs";
export * from "./direction";
export * from "./rates";
export * from "./units";
export * from "./energy";
export * from "./carbon";
export * from "./score";
export * from "./indicators";
export * from "./evaluation";
export * from "./grade";
export * from "./targets";
export * from "./cleanerProduction";
export * from "./economics";
export * from "./trend";
export * from "./optionBenefits";
export * from "./optionScreening";
export { findRoot, type Bracket } from "./rootFinding";
