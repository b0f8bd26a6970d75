/** This package's version, recorded in model metadata; a test keeps it equal to package.json's. */
export const TOOL_VERSION = '1.0.0'
