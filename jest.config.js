/** Jest: ts-jest transpiles only; `npm run typecheck` type-checks. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, isolatedModules: true } },
    ],
  },
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  collectCoverageFrom: ["src/domain/**/*.ts"],
  // LibreOffice conversions (test/xlsx) start slowly on a cold machine
  testTimeout: 60000,
};
