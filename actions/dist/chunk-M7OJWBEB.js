import { createRequire as __mlopsCreateRequire } from 'node:module';
const require = __mlopsCreateRequire(import.meta.url);
import {
  ValueRow,
  hashBytes,
  hashBytesPair,
  hashString,
  parseNumberBytes,
  parseSlow
} from "./chunk-M552ZNKD.js";
import {
  UserError
} from "./chunk-PJKC4ZE5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-UFMD3KOA.js";

// node_modules/tinyglobby/node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/tinyglobby/node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/tinyglobby/node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// build/shared/data/csv.js
import { isAscii, isUtf8 } from "node:buffer";

// build/shared/data/ascii.js
function shortAscii(b, s, length) {
  const f = String.fromCharCode;
  switch (length) {
    case 0:
      return "";
    case 1:
      return f(b[s]);
    case 2:
      return f(b[s], b[s + 1]);
    case 3:
      return f(b[s], b[s + 1], b[s + 2]);
    case 4:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3]);
    case 5:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4]);
    case 6:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5]);
    case 7:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6]);
    case 8:
      return f(b[s], b[s + 1], b[s + 2], b[s + 3], b[s + 4], b[s + 5], b[s + 6], b[s + 7]);
    default:
      return void 0;
  }
}

// build/shared/data/csv-row.js
var QUOTE = 34;
var CsvRow = class {
  tokens;
  delimiter;
  buf = Buffer.alloc(0);
  ascii = true;
  size = 0;
  first = 0;
  starts;
  ends;
  escaped;
  /** Over `buf`; made on first use after `buf` changes. */
  view = null;
  /** True when a field of the record was quoted. */
  quoted = false;
  /** True when hashA and hashB hold the record's hashRecord, as the scanner computed them. */
  hashed = false;
  hashA = 0;
  hashB = 0;
  own = { starts: new Int32Array(64), ends: new Int32Array(64), escaped: new Uint8Array(64) };
  /** Scratch for a quoted record's unquoted values, reused across records. */
  record = Buffer.alloc(1024);
  recordView = new DataView(this.record.buffer, this.record.byteOffset, this.record.byteLength);
  constructor(tokens, delimiter) {
    this.tokens = tokens;
    this.delimiter = delimiter;
    this.starts = this.own.starts;
    this.ends = this.own.ends;
    this.escaped = this.own.escaped;
  }
  /** Reads records of `buf` from `tables`, or from the row's own tables, which the parser's loop fills. */
  use(buf, tables = this.own) {
    if (buf !== this.buf) {
      this.buf = buf;
      this.view = null;
    }
    this.starts = tables.starts;
    this.ends = tables.ends;
    this.escaped = tables.escaped;
    this.first = 0;
  }
  /** Doubles the row's own tables, which must be the ones in use. */
  grow() {
    const cap = this.own.starts.length * 2;
    const starts = new Int32Array(cap);
    starts.set(this.own.starts);
    const ends = new Int32Array(cap);
    ends.set(this.own.ends);
    const escaped = new Uint8Array(cap);
    escaped.set(this.own.escaped);
    this.own = { starts, ends, escaped };
    this.use(this.buf);
  }
  missing(index) {
    if (index >= this.size)
      return true;
    const start = this.starts[this.first + index];
    const end = this.ends[this.first + index];
    return end === start || end - start <= this.tokens.maxLength && this.tokens.matchesBytes(this.buf, start, end);
  }
  text(index) {
    const at = this.first + index;
    const start = this.starts[at];
    const end = this.ends[at];
    const buf = this.buf;
    const raw = this.ascii ? shortAscii(this.buf, start, end - start) ?? buf.latin1Slice(start, end) : buf.utf8Slice(start, end);
    return this.escaped[at] ? raw.replaceAll('""', '"') : raw;
  }
  pooledText(index, pool) {
    const at = this.first + index;
    if (!this.ascii || this.escaped[at]) {
      const text = this.text(index);
      pool.hash = hashString(text, 0);
      pool.asciiText = false;
      return text;
    }
    return pool.ascii(this.buf, this.starts[at], this.ends[at]);
  }
  countText(index, counter) {
    const at = this.first + index;
    if (!this.ascii || this.escaped[at])
      return counter.addText(this.text(index));
    const start = this.starts[at];
    const end = this.ends[at];
    counter.addAscii(this.buf, start, end, hashBytes(this.buf, start, end, 0));
  }
  number(index) {
    const at = this.first + index;
    if (this.escaped[at] || !this.ascii)
      return parseSlow(this.text(index));
    return parseNumberBytes(this.buf, this.starts[at], this.ends[at]);
  }
  date(index, parser) {
    const at = this.first + index;
    if (this.ascii && !this.escaped[at]) {
      const epoch = parser.bytes(this.buf, this.starts[at], this.ends[at]);
      if (!Number.isNaN(epoch))
        return epoch;
    }
    return parser.text(this.text(index).trim());
  }
  hashCell(index, seed) {
    const at = this.first + index;
    if (this.ascii && !this.escaped[at])
      return hashBytes(this.buf, this.starts[at], this.ends[at], seed);
    return hashString(this.text(index), seed);
  }
  /** Hashes the record as its unquoted values joined by the delimiter, so quoting does not matter. */
  hashRecord(out) {
    if (this.hashed) {
      out[0] = this.hashA;
      out[1] = this.hashB;
      return;
    }
    if (!this.quoted) {
      this.view ??= new DataView(this.buf.buffer, this.buf.byteOffset, this.buf.byteLength);
      hashBytesPair(this.buf, this.starts[this.first], this.ends[this.first + this.size - 1], out, this.view);
      return;
    }
    const length = this.unquotedRecord();
    hashBytesPair(this.record, 0, length, out, this.recordView);
  }
  /** Copies the record's values, unescaped and joined by the delimiter, into `record`; returns their length. */
  unquotedRecord() {
    const { buf, starts, ends, escaped, first } = this;
    let needed = this.size;
    for (let i = first; i < first + this.size; i++)
      needed += ends[i] - starts[i];
    if (needed > this.record.length) {
      this.record = Buffer.alloc(Math.max(needed, this.record.length * 2));
      this.recordView = new DataView(this.record.buffer, this.record.byteOffset, this.record.byteLength);
    }
    const record = this.record;
    let at = 0;
    for (let i = first; i < first + this.size; i++) {
      if (i > first)
        record[at++] = this.delimiter;
      const end = ends[i];
      if (!escaped[i]) {
        for (let p = starts[i]; p < end; p++)
          record[at++] = buf[p];
        continue;
      }
      for (let p = starts[i]; p < end; p++) {
        record[at++] = buf[p];
        if (buf[p] === QUOTE && p + 1 < end && buf[p + 1] === QUOTE)
          p++;
      }
    }
    return at;
  }
};

// build/shared/data/csv-scan-wasm.js
var CSV_SCAN_WASM = "AGFzbQEAAAABDwJgAAF/YAZ/f39/f38BfwMMCwAAAAAAAAAAAAABBAUBcAEBAQUDAQB7BgkBfwFBsIjoAwsHgAEMBm1lbW9yeQIABWlucHV0AAAKaW5wdXRCeXRlcwABBnN0YXJ0cwACBGVuZHMAAwdlc2NhcGVkAAQLcmVjb3JkRmlyc3QABQpyZWNvcmRMaW5lAAYMcmVjb3JkUXVvdGVkAAcKcmVjb3JkSGFzaAAIBnJlc3VsdAAJBHNjYW4ACgrYGAsIAEGAiICAAAsHAEGAgIABCwgAQZCIgIEACwgAQZCIwIEACwgAQZCIgIIACwgAQZCIkIIACwgAQaCIoIIACwgAQaCIsIIACwgAQaCItIIACwgAQaCI1IIAC/wXBwV/A3sKfwF7AX8BewR/QQAhBgJAAkACQAJAAkAgAEEBTg0AQQAhB0EAIQhBACEJIAUhCgwBCyAD/Q8hCyAC/Q8hDCAD/REhDUEAIQlBACEOQQAhBwNAAkACQCAHQYCABEYNACAOQYCAEEcNAUGAgBAhDkECIQYMBQtBACAONgKQiKCCAEECIQZBgIAEIQcMBQtBACEPIAUhCiAJIRAgDiERAkACQAJAAkACQAJAAkACQANAIBAhEgJAAkAgECAATg0AIBAhEiAQQYCIgIAAaiITLQAAQSJHDQBBACEIIBBBAWoiFCESAkADQAJAAkACQCASQYCIgIAAav0AAAD9DCIiIiIiIiIiIiIiIiIiIiL9I/1kIhUNACASQRBqIhIgAEgNAwwBCyAVaCASaiIPIABIIhINAQsgB0ECdEGQiJCCAGogDjYCAEEDQQEgARshBgwSCwJAIA8gACASGyIVQQFqIhIgAE4iFg0AIBJBgIiAgABqLQAAQSJHDQIgFUECaiESQQEhCAwBCwsgAQ0AIBYNBQsCQCAUIBVODQACQAJAIBUgEEF/cyIQaiIXQQRPDQAgFCEQDAEL/QwAAAAAAAAAAAAAAAAAAAAAIAr9HAAhGCAXQXxxIhlBfGoiFkECdkEBakEBcSEKAkACQCAWDQBBACEQDAELIBAgACAPIAAgD0gbakF8cUF8akECdkEBakH+////B3EhFkEAIRADQCAYIA39DAAAAAAAAAAAAAAAAAAAAAAiGiATIBBqIhtBAWooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/03/bEBIA0gGiAbQQVqKAAA/RH9DRABAgMRBQYHEgkKCxMNDg/9N/2xASEYIBBBCGohECAWQX5qIhYNAAsLAkAgCkUNACAYIA39DAAAAAAAAAAAAAAAAAAAAAAgFCAQakGAiICAAGooAAD9Ef0NEAECAxEFBgcSCQoLEw0OD/03/bEBIRgLIBggGCAY/Q0ICQoLDA0ODwAAAAAAAAAA/a4BIhggGCAY/Q0EBQYHAAAAAAAAAAAAAAAA/a4B/RsAIQogFyAZRg0BIBQgGWohEAsgACAPIAAgD0gbIRMDQCAKIBBBgIiAgABqLQAAIANGaiEKIBMgEEEBaiIQRw0ACwsgEUGQiICCAGogCDoAACARQQJ0IhBBkIjAgQBqIBU2AgAgEEGQiICBAGogFDYCAAJAA0ACQCASQYCIgIAAav0AAAAiGCAL/SMgGCAM/SP9UP1kIhBFDQAgEGggEmoiEiAAIBIgAEgbIRIMAgsgEkEQaiISIABIDQALIAAhEgtBASEPIAENASASIABIDQEgB0ECdEGQiJCCAGogDjYCAAwGCwJAA0ACQCASQYCIgIAAav0AAAAiGCAL/SMgGCAM/SP9UP1kIhVFDQAgFWggEmoiEiAAIBIgAEgbIRIMAgsgEkEQaiISIABIDQALIAAhEgsCQCABDQAgEiAATg0FCyASIRUCQCAERQ0AIBIhFSASIBBMDQAgEiEVIBJB/4eAgABqLQAAQQ1HDQACQCASIABODQAgEiEVIBJBgIiAgABqLQAAIANHDQELIBJBf2ohFQsgEUGQiICCAGpBADoAACARQQJ0IhNBkIjAgQBqIBU2AgAgE0GQiICBAGogEDYCAAsgEUEBaiEIAkAgEiAASA0AIBIhCQwCCyASQQFqIRACQCASQYCIgIAAai0AACACRw0AIAghESAIQYCAEEYNDAwBCwsgCkEBaiEKIBAhCQsgB0GgiLCCAGogDzoAACAHQQJ0IhJBoIigggBqIAU2AgAgEkGQiJCCAGogDjYCACAPRQ0DIAdBA3RBoIi0ggBqIRwCQCAOIBFMDQBBxbvyiHghBUGR6ZeqAiEQQQAhFQwGC0EAIRUgDiESA0ACQCASIhQgDkwNACAVQbCI1IIAaiACOgAAIBVBAWohFQsCQCAUQQJ0IhJBkIjAgQBqKAIAIhAgEkGQiICBAGooAgAiEkwNAAJAIBRBkIiAggBqLQAADQACQCAQIBJrIh1BEEkNACAdQXBxIh5BcGoiE0EEdkEBaiIPQQNxIRZBACEFAkAgE0EwSQ0AIBVBsIjUggBqIRcgEkGAiICAAGohGSAPQfz///8BcSEbQQAhBQNAIBcgBWoiEyAZIAVqIg/9AAAA/QsAACATQRBqIA9BEGr9AAAA/QsAACATQSBqIA9BIGr9AAAA/QsAACATQTBqIA9BMGr9AAAA/QsAACAFQcAAaiEFIBtBfGoiGw0ACwsCQCAWRQ0AIAUgEmpBgIiAgABqIRMgFSAFakGwiNSCAGohBQNAIAUgE/0AAAD9CwAAIBNBEGohEyAFQRBqIQUgFkF/aiIWDQALCyAVIB5qIRUgHSAeRg0CIBIgHmohEgsDQCAVQbCI1IIAaiASQYCIgIAAai0AADoAACAVQQFqIRUgECASQQFqIhJHDQAMAgsLA0AgFUGwiNSCAGogEkGAiICAAGotAAAiBToAAAJAIAVBIkcNACASQQFqIgUgEE4NACAFIBIgEkGBiICAAGotAABBIkYbIRILIBVBAWohFSASQQFqIhIgEEgNAAsLIBRBAWohEiAUIBFGDQUMAAsLIAdBAnRBkIiQggBqIA42AgAMAQsgB0ECdEGQiJCCAGogDjYCAAtBASEGDAgLIAdBA3QhFAJAAkAgDkECdEGQiICBAGooAgAiD0EIaiAVTA0AQcW78oh4IRFBkemXqgIhECAPIQUMAQtBkemXqgIhEEHFu/KIeCERIA8hEgNAIBJBgIiAgABqKAAAIgUgEXNBk4OACGwiESASQYSIgIAAaigAACITcyARQQ92c0GTg4AIbCIRQQ92IBFzIREgBSAQakGV08feBWwiEEENdiAQcyATakGV08feBWwiEEENdiAQcyEQIBJBEGohEyASQQhqIgUhEiATIBVMDQALCyAUQaCItIIAaiEUAkAgFSAFTA0AIAVBAWohEgJAIBUgBWtBAXFFDQAgECAFQYCIgIAAai0AACIFakGV08feBWwgEEEPdnMhECARIAVzQZODgAhsIREgEiEFCyAVIBJGDQADQCAQIAVBgIiAgABqLQAAIhJqQZXTx94FbCAQQQ92cyIQIAVBgYiAgABqLQAAIhNqQZXTx94FbCAQQQ92cyEQIBEgEnNBk4OACGwgE3NBk4OACGwhESAVIAVBAmoiBUcNAAsLIAdBAXQhEyAUIBEgFSAPayIScyIVQRB2IBVzQeuUr694bCIVQQ12IBVzQbXcypV8bCIVQRB2IBVzNgIAIBAgEmohEgwCCwJAAkAgFUEITg0AQcW78oh4IQVBkemXqgIhEEEAIREMAQtBkemXqgIhEEHFu/KIeCEFQQAhEgNAIBJBsIjUggBqKAIAIhEgBXNBk4OACGwiBSASQbSI1IIAaigCACITcyAFQQ92c0GTg4AIbCIFQQ92IAVzIQUgESAQakGV08feBWwiEEENdiAQcyATakGV08feBWwiEEENdiAQcyEQIBJBEGohEyASQQhqIhEhEiATIBVMDQALCyAVIBFMDQAgEUEBciESAkAgFUEBcUUNACAQIBFBsIjUggBqLQAAIhFqQZXTx94FbCAQQQ92cyEQIAUgEXNBk4OACGwhBSASIRELIBUgEkYNAANAIBAgEUGwiNSCAGotAAAiEmpBldPH3gVsIBBBD3ZzIhAgEUGxiNSCAGotAAAiE2pBldPH3gVsIBBBD3ZzIRAgBSASc0GTg4AIbCATc0GTg4AIbCEFIBUgEUECaiIRRw0ACwsgB0EBdCETIBwgBSAVcyISQRB2IBJzQeuUr694bCISQQ12IBJzQbXcypV8bCISQRB2IBJzNgIAIBAgFWohEgsgE0ECdEGkiLSCAGogEkEQdiASc0HrlK+veGwiEkENdiASc0G13MqVfGwiEkEQdiASczYCACAHQQFqIQcgCiEFIAghDiAJIABIDQALCyAHQQJ0QZCIkIIAaiAINgIAIAohBQwCC0ECQQQgDhshBgsgB0ECdEGQiJCCAGogDjYCAAtBACAFNgKoiNSCAEEAIAk2AqSI1IIAQQAgBzYCoIjUggAgBgsAqAEEbmFtZQGMAQsACGlucHV0X2F0AQtpbnB1dF9ieXRlcwIJc3RhcnRzX2F0AwdlbmRzX2F0BAplc2NhcGVkX2F0BQ9yZWNvcmRfZmlyc3RfYXQGDnJlY29yZF9saW5lX2F0BxByZWNvcmRfcXVvdGVkX2F0CA5yZWNvcmRfaGFzaF9hdAkJcmVzdWx0X2F0CgRzY2FuBxIBAA9fX3N0YWNrX3BvaW50ZXIALQlwcm9kdWNlcnMBDHByb2Nlc3NlZC1ieQEMRGViaWFuIGNsYW5nBjE0LjAuNgAaD3RhcmdldF9mZWF0dXJlcwErB3NpbWQxMjg=";

// build/shared/data/csv-scan.js
var ScanStatus = { Done: 0, Incomplete: 1, Full: 2, Unterminated: 3, TooWide: 4 };
var FIELDS = 1 << 18;
var RECORDS = 1 << 16;
var CsvScanner = class {
  /** Where the bytes to scan are copied; the rows read their cells from it too. */
  input;
  /** Most bytes one scan takes. */
  inputBytes;
  starts;
  ends;
  escaped;
  recordFirst;
  recordLine;
  recordQuoted;
  recordHash;
  /** After a scan: the records found, the bytes they took, and the line after them. */
  result;
  /** Set while a parser reads the tables, so that a parser started meanwhile uses its own loop. */
  busy = false;
  exports;
  constructor() {
    const module = new WebAssembly.Module(Buffer.from(CSV_SCAN_WASM, "base64"));
    this.exports = new WebAssembly.Instance(module, {}).exports;
    const memory = this.exports.memory.buffer;
    const e = this.exports;
    this.inputBytes = e.inputBytes();
    this.input = Buffer.from(memory, e.input(), this.inputBytes);
    this.starts = new Int32Array(memory, e.starts(), FIELDS);
    this.ends = new Int32Array(memory, e.ends(), FIELDS);
    this.escaped = new Uint8Array(memory, e.escaped(), FIELDS);
    this.recordFirst = new Int32Array(memory, e.recordFirst(), RECORDS + 1);
    this.recordLine = new Int32Array(memory, e.recordLine(), RECORDS);
    this.recordQuoted = new Uint8Array(memory, e.recordQuoted(), RECORDS);
    this.recordHash = new Uint32Array(memory, e.recordHash(), 2 * RECORDS);
    this.result = new Int32Array(memory, e.result(), 3);
  }
  /** Scans the first `length` bytes of `input`; `line` is the line of the first record. */
  scan(length, final, delimiter, newline, trimCr, line) {
    return this.exports.scan(length, final ? 1 : 0, delimiter, newline, trimCr ? 1 : 0, line);
  }
};
var scanner;
function csvScanner() {
  scanner ??= new CsvScanner();
  return scanner.busy ? void 0 : scanner;
}

// build/shared/data/csv.js
var QUOTE2 = 34;
var LF = 10;
var CR = 13;
var BOM = Buffer.from([239, 187, 191]);
var QuotedDataError = class extends Error {
  name = "QuotedDataError";
};
var CsvParser = class {
  options;
  visitor;
  carry = null;
  line = 1;
  header = null;
  row;
  firstChunk = true;
  /** LF (also for CRLF), or CR for old Mac files; decided once, at the first line break. */
  newline;
  constructor(options, visitor) {
    this.options = options;
    this.visitor = visitor;
    this.row = new CsvRow(options.tokens, options.delimiter);
    this.newline = options.lineBreak;
    if (options.header) {
      this.header = options.header;
      this.firstChunk = false;
      visitor.header(options.header);
    }
  }
  /** Line breaks consumed so far. */
  get lineBreaks() {
    return this.line - 1;
  }
  /** Parses a chunk; an incomplete last record is kept (copied) until the next chunk. */
  push(chunk) {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const consumed = this.window(buf, false);
    this.carry = consumed < buf.length ? Buffer.from(buf.subarray(consumed)) : null;
  }
  end() {
    if (this.carry)
      this.window(this.carry, true);
    this.carry = null;
    this.finish();
  }
  /**
   * Parses the whole records at the start of buf and returns how many bytes they took; the
   * caller keeps the rest for the next call. With `final`, the rest is the last record.
   */
  window(buf, final) {
    if (!this.firstChunk)
      return this.parse(buf, final);
    if (buf.length < 3 && BOM.subarray(0, buf.length).equals(buf))
      return final ? buf.length : 0;
    this.firstChunk = false;
    if (!buf.subarray(0, 3).equals(BOM))
      return this.parse(buf, final);
    return 3 + this.parse(buf.subarray(3), final);
  }
  /** After the last window: a file needs at least its header. */
  finish() {
    if (!this.header)
      throw new UserError(`${this.options.file}: the file is empty (expected a header line).`);
  }
  /** An incomplete record is parsed again with the next chunk, from its first line. */
  rewind(recordStart, recordLine) {
    this.line = recordLine;
    return recordStart;
  }
  /** Parses whole records from buf and returns how many bytes were consumed. */
  parse(buf, final) {
    const newline = this.newline ?? this.detectNewline(buf, final);
    if (newline === void 0)
      return 0;
    const trimCr = newline === LF;
    const lastNewline = buf.lastIndexOf(newline);
    const scanEnd = final ? buf.length : lastNewline + 1;
    if (scanEnd <= 0)
      return 0;
    this.checkEncoding(buf, scanEnd, newline);
    this.row.ascii = isAscii(buf.subarray(0, scanEnd));
    const scanner2 = csvScanner();
    if (!scanner2)
      return this.parseRecords(buf, 0, final, newline, trimCr);
    scanner2.busy = true;
    try {
      return this.scanRecords(scanner2, buf, final, newline, trimCr);
    } finally {
      scanner2.busy = false;
    }
  }
  /** Parses with the WebAssembly scanner, a part of buf at a time; its own loop takes over where the scanner cannot. */
  scanRecords(scanner2, buf, final, newline, trimCr) {
    const length = buf.length;
    let pos = 0;
    while (pos < length) {
      const part = Math.min(length - pos, scanner2.inputBytes);
      const last = pos + part === length;
      this.row.use(scanner2.input, scanner2);
      scanner2.input.set(buf.subarray(pos, pos + part));
      const line = this.line;
      const status = scanner2.scan(part, final && last, this.options.delimiter, newline, trimCr, 0);
      this.emitScanned(scanner2, line);
      const consumed = scanner2.result[1];
      this.line = line + scanner2.result[2];
      if (status === ScanStatus.Unterminated)
        this.unterminated(this.line);
      if (status === ScanStatus.Incomplete && last)
        return pos + consumed;
      if (status === ScanStatus.TooWide || status === ScanStatus.Incomplete && consumed === 0)
        return this.parseRecords(buf, pos + consumed, final, newline, trimCr);
      pos += consumed;
    }
    return length;
  }
  /** Hands the scanned records to the visitor, read in place from the scanner's tables, their lines moved by `line`. */
  emitScanned(scanner2, line) {
    const row = this.row;
    const { recordFirst, recordLine, recordQuoted, recordHash } = scanner2;
    const records = scanner2.result[0];
    for (let r = 0; r < records; r++) {
      row.first = recordFirst[r];
      row.size = recordFirst[r + 1] - row.first;
      row.quoted = recordQuoted[r] === 1;
      row.hashed = true;
      row.hashA = recordHash[2 * r];
      row.hashB = recordHash[2 * r + 1];
      this.emit(line + recordLine[r]);
    }
  }
  unterminated(line) {
    if (this.options.cutAtLineBreak)
      throw new QuotedDataError();
    throw new UserError(`${this.options.file}:${line}: unterminated quoted field (a '"' opened here is never closed).`);
  }
  /** The parser's own loop, from `from` to the end of buf: where the scanner cannot go. */
  parseRecords(buf, from, final, newline, trimCr) {
    const row = this.row;
    row.use(buf);
    const delimiter = this.options.delimiter;
    const length = buf.length;
    let pos = from;
    while (pos < length) {
      const recordStart = pos;
      const recordLine = this.line;
      let field = 0;
      let done = false;
      row.quoted = false;
      while (!done) {
        if (field === row.starts.length)
          row.grow();
        if (pos < length && buf[pos] === QUOTE2) {
          let escaped = 0;
          let p = pos + 1;
          for (; ; ) {
            const q = buf.indexOf(QUOTE2, p);
            if (q === -1) {
              if (!final)
                return this.rewind(recordStart, recordLine);
              this.unterminated(recordLine);
            }
            if (q + 1 < length && buf[q + 1] === QUOTE2) {
              escaped = 1;
              p = q + 2;
              continue;
            }
            if (q + 1 >= length && !final)
              return this.rewind(recordStart, recordLine);
            for (let i = pos + 1; i < q; i++)
              if (buf[i] === newline)
                this.line++;
            row.starts[field] = pos + 1;
            row.ends[field] = q;
            row.escaped[field] = escaped;
            pos = q + 1;
            break;
          }
          while (pos < length && buf[pos] !== delimiter && buf[pos] !== newline)
            pos++;
          if (pos >= length && !final)
            return this.rewind(recordStart, recordLine);
          row.quoted = true;
        } else {
          const start = pos;
          while (pos < length) {
            const byte = buf[pos];
            if (byte === delimiter || byte === newline)
              break;
            pos++;
          }
          if (pos >= length && !final)
            return this.rewind(recordStart, recordLine);
          let end = pos;
          if (trimCr && end > start && buf[end - 1] === CR && (pos >= length || buf[pos] === newline))
            end--;
          row.starts[field] = start;
          row.ends[field] = end;
          row.escaped[field] = 0;
        }
        field++;
        if (pos >= length) {
          done = true;
        } else if (buf[pos] === delimiter) {
          pos++;
        } else {
          pos++;
          this.line++;
          done = true;
        }
      }
      row.size = field;
      row.hashed = false;
      this.emit(recordLine);
    }
    return length;
  }
  emit(line) {
    const row = this.row;
    if (this.header === null) {
      this.header = readHeader(row, this.options.file);
      this.visitor.header(this.header);
      return;
    }
    if (row.size === 1 && row.ends[row.first] === row.starts[row.first] && !row.escaped[row.first])
      return;
    if (row.size !== this.header.length) {
      this.visitor.ragged(line, row.size, this.header.length);
      return;
    }
    this.visitor.row(row, line);
  }
  /**
   * Files whose first line break is a lone CR (old Mac) use CR throughout, as pandas reads them.
   * Deciding once keeps the common LF and CRLF paths to one native search per record.
   */
  detectNewline(buf, final) {
    const newline = lineBreakOf(buf, final);
    if (newline !== void 0)
      this.newline = newline;
    return newline;
  }
  checkEncoding(buf, end, newline) {
    const part = buf.subarray(0, end);
    if (isAscii(part) || isUtf8(part))
      return;
    const text = part.toString("utf8");
    const bad = text.indexOf("\uFFFD");
    let line = this.line;
    for (let i = 0; i < bad; i++)
      if (text.charCodeAt(i) === newline)
        line++;
    throw new UserError(`${this.options.file}:${line}: invalid UTF-8 byte sequence; the file must be UTF-8 encoded (convert it, e.g. with iconv).`);
  }
};
function lineBreakOf(buf, final = true) {
  const lf = buf.indexOf(LF);
  const cr = (lf < 0 ? buf : buf.subarray(0, lf)).indexOf(CR);
  if (cr < 0)
    return lf < 0 && !final ? void 0 : LF;
  if (cr + 1 === buf.length && !final)
    return void 0;
  return buf[cr + 1] === LF ? LF : CR;
}
function readHeader(row, file) {
  const names = [];
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < row.size; i++) {
    const name = row.text(i).trim();
    if (name === "")
      throw new UserError(`${file}:1: column ${i + 1} of the header has no name.`);
    const earlier = seen.get(name);
    if (earlier !== void 0) {
      throw new UserError(`${file}:1: duplicate column name '${name}' (columns ${earlier + 1} and ${i + 1}).`);
    }
    seen.set(name, i);
    names.push(name);
  }
  return names;
}

// build/shared/data/files.js
import { createHash } from "node:crypto";
import { createReadStream, statSync as statSync2 } from "node:fs";
import { open } from "node:fs/promises";
import { basename as basename2, resolve as resolve3 } from "node:path";
import { createGunzip } from "node:zlib";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/tinyglobby/node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}
function globSync(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(crawler.sync(), relative2) : [];
}

// build/shared/data/files.js
var FORMAT_BY_EXTENSION = {
  csv: "csv",
  tsv: "tsv",
  tab: "tsv",
  txt: "csv",
  jsonl: "jsonl",
  ndjson: "jsonl",
  json: "json",
  parquet: "parquet",
  pq: "parquet"
};
function detectFormat(path) {
  const lower = basename2(path).toLowerCase();
  const gzip = lower.endsWith(".gz");
  const name = gzip ? lower.slice(0, -3) : lower;
  const extension = name.includes(".") ? name.slice(name.lastIndexOf(".") + 1) : "";
  const format = FORMAT_BY_EXTENSION[extension];
  if (!format) {
    throw new UserError(`${path}: unknown data format '.${extension}'; expected .csv, .tsv, .jsonl, .ndjson, .json or .parquet, optionally gzip-compressed (.gz).`);
  }
  if (format === "json" && gzip)
    throw new UserError(`${path}: gzip-compressed JSON arrays are not supported; use JSON Lines (.jsonl.gz).`);
  if (format === "parquet" && gzip)
    throw new UserError(`${path}: gzip-compressed Parquet is not supported; Parquet compresses its own pages.`);
  return { format, gzip };
}
async function resolveDataFiles(spec, inputName = "data") {
  const patterns = (typeof spec === "string" ? spec.split(",") : spec).map((part) => part.trim()).filter(Boolean);
  const paths = [];
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = await glob(pattern, { onlyFiles: true, expandDirectories: false });
      if (matches.length === 0)
        throw new UserError(`Input '${inputName}': no file matches '${pattern}'.`);
      paths.push(...matches.sort());
    } else {
      checkRegularFile(pattern, inputName);
      paths.push(pattern);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const distinct = paths.filter((path) => !seen.has(resolve3(path)) && seen.add(resolve3(path)));
  return distinct.map((path) => ({ path, ...detectFormat(path) }));
}
function checkRegularFile(path, inputName) {
  let stats;
  try {
    stats = statSync2(path);
  } catch (error) {
    const code = error.code;
    if (code === "EACCES")
      throw new UserError(`Input '${inputName}': permission denied reading '${path}'.`);
    throw new UserError(`Input '${inputName}': no file matches '${path}'.`);
  }
  if (stats.isFile())
    return;
  if (stats.isDirectory())
    throw new UserError(`Input '${inputName}': '${path}' is a directory; give a file or a glob such as '${path}/*.csv'.`);
  throw new UserError(`Input '${inputName}': '${path}' is ${specialKind(stats)}, not a regular file; data is read from files only.`);
}
function specialKind(stats) {
  if (stats.isFIFO())
    return "a FIFO";
  if (stats.isCharacterDevice())
    return "a character device";
  if (stats.isBlockDevice())
    return "a block device";
  if (stats.isSocket())
    return "a socket";
  return "a special file";
}
async function streamFile(file, onChunk, withHash = true, range, onRead) {
  const hash = createHash("sha256");
  const raw = createReadStream(file.path, { highWaterMark: 1 << 20, ...range ? { start: range.start, end: range.end - 1 } : {} });
  if (withHash && file.gzip)
    raw.on("data", (chunk) => hash.update(chunk));
  if (onRead && file.gzip)
    raw.on("data", (chunk) => onRead(chunk.length));
  const source = file.gzip ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  try {
    for await (const chunk of source) {
      if (withHash && !file.gzip)
        hash.update(chunk);
      if (onRead && !file.gzip)
        onRead(chunk.length);
      await onChunk(chunk);
    }
  } catch (error) {
    if (error instanceof UserError)
      throw error;
    const code = error.code;
    if (code === "EACCES")
      throw new UserError(`${file.path}: permission denied.`);
    if (code?.startsWith("Z_"))
      throw new UserError(`${file.path}: corrupt gzip data (${error.message}).`);
    throw error;
  } finally {
    raw.destroy();
  }
  return withHash ? hash.digest("hex") : "";
}
var WINDOW_BYTES = 1 << 20;
async function readWindows(file, parse, hash, range, onRead) {
  let handle;
  try {
    handle = await open(file.path, "r");
  } catch (error) {
    const code = error.code;
    if (code === "EACCES")
      throw new UserError(`${file.path}: permission denied.`);
    throw error;
  }
  try {
    let work = Buffer.allocUnsafe(2 * WINDOW_BYTES);
    let kept = 0;
    let position = range?.start ?? 0;
    const end = range?.end ?? Infinity;
    const incoming = [Buffer.allocUnsafe(WINDOW_BYTES), Buffer.allocUnsafe(WINDOW_BYTES)];
    let turn = 0;
    const readAt = (at) => {
      const want = Math.min(WINDOW_BYTES, end - at);
      const read = want > 0 ? handle.read(incoming[turn], 0, want, at) : Promise.resolve({ bytesRead: 0, buffer: incoming[turn] });
      turn ^= 1;
      read.catch(() => void 0);
      return read;
    };
    let pending = readAt(position);
    for (; ; ) {
      const { bytesRead, buffer } = await pending;
      position += bytesRead;
      const final = bytesRead === 0;
      if (!final)
        pending = readAt(position);
      hash?.update(buffer.subarray(0, bytesRead));
      onRead?.(bytesRead);
      if (work.length - kept < bytesRead) {
        const larger = Buffer.allocUnsafe(work.length * 2);
        work.copy(larger, 0, 0, kept);
        work = larger;
      }
      buffer.copy(work, kept, 0, bytesRead);
      const filled = kept + bytesRead;
      const consumed = await parse(work.subarray(0, filled), final);
      if (final)
        break;
      work.copyWithin(0, consumed, filled);
      kept = filled - consumed;
    }
  } finally {
    await handle.close();
  }
}
async function hashFile(path, start = 0, hash = createHash("sha256")) {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(WINDOW_BYTES);
    for (let position = start; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
      if (bytesRead === 0)
        break;
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
function combineFileHashes(entries) {
  if (entries.length === 1)
    return entries[0].sha256;
  const lines = entries.map((entry) => `${entry.sha256}  ${entry.path}
`).sort().join("");
  return createHash("sha256").update(lines).digest("hex");
}

// build/shared/data/missing.js
var DEFAULT_MISSING_VALUES = ["", "NA", "N/A", "n/a", "NaN", "nan", "null", "NULL", "None", "<NA>", "#N/A"];
var MissingTokens = class {
  tokens;
  maxLength;
  byteTokens;
  textTokens;
  /** First bytes of the tokens: most cells are ruled out by one lookup. */
  firstBytes = new Uint8Array(256);
  constructor(tokens = DEFAULT_MISSING_VALUES) {
    this.tokens = tokens;
    this.byteTokens = tokens.filter((token) => token !== "").map((token) => Buffer.from(token, "utf8"));
    this.textTokens = new Set(tokens);
    this.maxLength = Math.max(0, ...this.byteTokens.map((token) => token.length));
    for (const token of this.byteTokens)
      this.firstBytes[token[0]] = 1;
  }
  matchesBytes(buf, start, end) {
    if (this.firstBytes[buf[start]] === 0)
      return false;
    const length = end - start;
    outer: for (const token of this.byteTokens) {
      if (token.length !== length)
        continue;
      for (let i = 0; i < length; i++)
        if (buf[start + i] !== token[i])
          continue outer;
      return true;
    }
    return false;
  }
  matchesText(text) {
    return text === "" || this.textTokens.has(text);
  }
};

// build/shared/data/jsonl.js
import { isUtf8 as isUtf82 } from "node:buffer";

// build/shared/data/json-depth.js
var MAX_JSON_DEPTH = 256;
function nestsTooDeeply(value, limit = MAX_JSON_DEPTH) {
  if (typeof value !== "object" || value === null)
    return false;
  const pending = [value];
  const depths = [1];
  while (pending.length > 0) {
    const current = pending.pop();
    const depth = depths.pop();
    if (depth > limit)
      return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (typeof child === "object" && child !== null) {
        pending.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
}
function lineOfDeepNesting(bytes, limit) {
  let line = 1;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === 10)
      line++;
    else if (inString) {
      if (byte === 92)
        i++;
      else if (byte === 34)
        inString = false;
    } else if (byte === 34)
      inString = true;
    else if (byte === 91 || byte === 123) {
      if (++depth > limit)
        return line;
    } else if (byte === 93 || byte === 125)
      depth--;
  }
  return line;
}

// build/shared/data/jsonl.js
var LF2 = 10;
var JsonLinesParser = class {
  file;
  visitor;
  carry = null;
  line = 1;
  columns = null;
  row;
  reportedKeys = /* @__PURE__ */ new Set();
  constructor(file, tokens, visitor) {
    this.file = file;
    this.visitor = visitor;
    this.row = new ValueRow(tokens);
  }
  push(chunk) {
    const buf = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const last = buf.lastIndexOf(LF2);
    if (last === -1) {
      this.carry = buf;
      return;
    }
    this.parseLines(buf.subarray(0, last + 1));
    this.carry = last + 1 < buf.length ? Buffer.from(buf.subarray(last + 1)) : null;
  }
  end() {
    if (this.carry)
      this.parseLines(this.carry);
    this.carry = null;
    if (!this.columns)
      throw new UserError(`${this.file}: the file is empty (expected one JSON object per line).`);
  }
  parseLines(buf) {
    let start = 0;
    if (this.line === 1 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191)
      start = 3;
    while (start < buf.length) {
      let end = buf.indexOf(LF2, start);
      if (end === -1)
        end = buf.length;
      this.parseLine(buf.subarray(start, end));
      this.line++;
      start = end + 1;
    }
  }
  parseLine(bytes) {
    if (!isUtf82(bytes))
      throw new UserError(`${this.file}:${this.line}: invalid UTF-8 byte sequence; the file must be UTF-8 encoded.`);
    const text = bytes.toString("utf8").trim();
    if (text === "")
      return;
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${this.file}:${this.line}: invalid JSON: ${error.message}`);
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      throw new UserError(`${this.file}:${this.line}: expected a JSON object per line.`);
    }
    if (nestsTooDeeply(value, MAX_JSON_DEPTH + 1)) {
      throw new UserError(`${this.file}:${this.line}: a value nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`);
    }
    const record = value;
    if (!this.columns) {
      this.columns = Object.keys(record);
      this.visitor.header(this.columns);
    }
    for (const key in record) {
      if (!this.columns.includes(key) && !this.reportedKeys.has(key)) {
        this.reportedKeys.add(key);
        this.visitor.unknownKey?.(this.line, key);
      }
    }
    this.row.values = this.columns.map((column) => record[column]);
    this.visitor.row(this.row, this.line);
  }
};

// build/shared/data/json-array.js
import { readFileSync, statSync as statSync3 } from "node:fs";
var JSON_ARRAY_MAX_BYTES = 256 << 20;
function readJsonArray(path, tokens, visitor) {
  if (statSync3(path).size > JSON_ARRAY_MAX_BYTES) {
    throw new UserError(`${path}: a JSON array file is read whole and must be under 256 MB; convert it to JSON Lines (.jsonl) to stream it.`);
  }
  const bytes = readFileSync(path);
  let value;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new UserError(`${path}: invalid JSON: ${error.message}`);
  }
  if (!Array.isArray(value) || value.some((item) => typeof item !== "object" || item === null || Array.isArray(item))) {
    throw new UserError(`${path}: expected a JSON array of objects (one object per row).`);
  }
  if (nestsTooDeeply(value, MAX_JSON_DEPTH + 2)) {
    throw new UserError(`${path}:${lineOfDeepNesting(bytes, MAX_JSON_DEPTH + 2)}: a value nests arrays or objects more than ${MAX_JSON_DEPTH} levels deep.`);
  }
  if (value.length === 0)
    throw new UserError(`${path}: the array is empty (expected one object per row).`);
  const columns = Object.keys(value[0]);
  visitor.header(columns);
  const known = new Set(columns);
  const reported = /* @__PURE__ */ new Set();
  const row = new ValueRow(tokens);
  value.forEach((item, index) => {
    for (const key in item) {
      if (!known.has(key) && !reported.has(key)) {
        reported.add(key);
        visitor.unknownKey?.(index + 1, key);
      }
    }
    row.values = columns.map((column) => item[column]);
    visitor.row(row, index + 1);
  });
  return bytes;
}

// build/shared/data/index.js
import { createHash as createHash2 } from "node:crypto";
import { statSync as statSync4 } from "node:fs";

// build/shared/data/text-pool.js
var FIRST_SLOTS = 16;
var MAX_SLOTS = 4096;
var POOLED_MAX_BYTES = 256;
var PACKED_MAX_BYTES = 7;
var TextPool = class {
  /** hashString(text, 0) of the last text returned. */
  hash = 0;
  /** True when the last text returned came from ASCII bytes, so its length counts its characters. */
  asciiText = false;
  texts = new Array(FIRST_SLOTS).fill(void 0);
  hashes = new Int32Array(FIRST_SLOTS);
  /** A short text's bytes: the first four, then the rest with the length in the top byte, which is -1 for a long text. */
  low = new Int32Array(FIRST_SLOTS);
  high = new Int32Array(FIRST_SLOTS);
  evictions = 0;
  /** The text of the ASCII bytes from start to end; `hash` becomes its hashBytes(…, 0). */
  ascii(bytes, start, end) {
    this.asciiText = true;
    const length = end - start;
    if (length > PACKED_MAX_BYTES)
      return this.asciiHashed(bytes, start, end);
    let low = 0;
    let high = length << 24;
    for (let i = 0; i < length && i < 4; i++)
      low |= bytes[start + i] << 8 * i;
    for (let i = 4; i < length; i++)
      high |= bytes[start + i] << 8 * (i - 4);
    const slot = Math.imul(low ^ Math.imul(high, 2246822507), 2654435761) >>> 16 & this.hashes.length - 1;
    const cached = this.texts[slot];
    if (cached !== void 0 && this.low[slot] === low && this.high[slot] === high) {
      this.hash = this.hashes[slot] >>> 0;
      return cached;
    }
    const text = shortAscii(bytes, start, length);
    this.hash = hashBytes(bytes, start, end, 0);
    if (cached !== void 0 && this.evicted())
      return text;
    this.texts[slot] = text;
    this.hashes[slot] = this.hash;
    this.low[slot] = low;
    this.high[slot] = high;
    return text;
  }
  asciiHashed(bytes, start, end) {
    const hash = hashBytes(bytes, start, end, 0);
    this.hash = hash;
    const slot = hash & this.hashes.length - 1;
    const cached = this.texts[slot];
    const length = end - start;
    if (cached !== void 0 && this.high[slot] === -1 && this.hashes[slot] === (hash | 0) && cached.length === length && sameText(cached, bytes, start))
      return cached;
    const text = shortAscii(bytes, start, length) ?? bytes.latin1Slice(start, end);
    if (length > POOLED_MAX_BYTES || cached !== void 0 && this.evicted())
      return text;
    this.texts[slot] = text;
    this.hashes[slot] = hash;
    this.high[slot] = -1;
    return text;
  }
  /** Counts an eviction; past as many as there are slots, doubles the slots (dropping what they held: it is only a cache) and returns true. */
  evicted() {
    if (++this.evictions <= this.hashes.length || this.hashes.length >= MAX_SLOTS)
      return false;
    const slots = this.hashes.length * 2;
    this.texts = new Array(slots).fill(void 0);
    this.hashes = new Int32Array(slots);
    this.low = new Int32Array(slots);
    this.high = new Int32Array(slots);
    this.evictions = 0;
    return true;
  }
};
function sameText(text, bytes, start) {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) !== bytes[start + i])
      return false;
  return true;
}

// build/shared/data/text-counter.js
var FIRST_SLOTS2 = 64;
var TextCounter = class {
  texts = new Array(FIRST_SLOTS2).fill(void 0);
  hashes = new Int32Array(FIRST_SLOTS2);
  counts = new Float64Array(FIRST_SLOTS2);
  used = 0;
  /** Adds one cell of ASCII bytes whose hashBytes(bytes, start, end, 0) is `hash`. */
  addAscii(bytes, start, end, hash) {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const text = this.texts[slot];
      if (text === void 0) {
        this.insert(slot, hash, shortAscii(bytes, start, length) ?? bytes.latin1Slice(start, end));
        return;
      }
      if (this.hashes[slot] === (hash | 0) && text.length === length && sameText2(text, bytes, start)) {
        this.counts[slot]++;
        return;
      }
    }
  }
  /** Adds one cell given as text. */
  addText(text) {
    const hash = hashString(text, 0);
    const mask = this.hashes.length - 1;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const held = this.texts[slot];
      if (held === void 0)
        return this.insert(slot, hash, text);
      if (this.hashes[slot] === (hash | 0) && held === text) {
        this.counts[slot]++;
        return;
      }
    }
  }
  /** Count per distinct text, in no particular order. */
  toMap() {
    const counts = /* @__PURE__ */ new Map();
    this.texts.forEach((text, slot) => {
      if (text !== void 0)
        counts.set(text, this.counts[slot]);
    });
    return counts;
  }
  insert(slot, hash, text) {
    this.texts[slot] = text;
    this.hashes[slot] = hash;
    this.counts[slot] = 1;
    if (++this.used * 2 > this.hashes.length)
      this.grow();
  }
  grow() {
    const [texts, hashes, counts] = [this.texts, this.hashes, this.counts];
    const slots = hashes.length * 2;
    this.texts = new Array(slots).fill(void 0);
    this.hashes = new Int32Array(slots);
    this.counts = new Float64Array(slots);
    const mask = slots - 1;
    texts.forEach((text, old) => {
      if (text === void 0)
        return;
      let slot = hashes[old] & mask;
      while (this.texts[slot] !== void 0)
        slot = slot + 1 & mask;
      this.texts[slot] = text;
      this.hashes[slot] = hashes[old];
      this.counts[slot] = counts[old];
    });
  }
};
function sameText2(text, bytes, start) {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) !== bytes[start + i])
      return false;
  return true;
}

// build/shared/data/index.js
var TAB = 9;
var COMMA = 44;
async function readDataset(files, missingValues, visitor, { hash = true, range, rangeHash, onRead } = {}) {
  if (range) {
    const file = files[0];
    visitor.file(0, file);
    const parser = new CsvParser({ delimiter: file.format === "tsv" ? TAB : COMMA, file: file.path, tokens: new MissingTokens(missingValues), header: range.header, lineBreak: range.lineBreak, cutAtLineBreak: true }, visitor);
    await readWindows(file, (window, final) => parser.window(window, final), rangeHash, range, onRead);
    parser.finish();
    return { files: [{ path: file.path, format: file.format, sha256: "" }], hash: "", lineBreaks: parser.lineBreaks };
  }
  const tokens = new MissingTokens(missingValues);
  const read = [];
  for (const [index, file] of files.entries()) {
    visitor.file(index, file);
    read.push({ path: file.path, format: file.format, sha256: await readOne(file, tokens, visitor, hash, onRead) });
    await visitor.drain?.();
  }
  return { files: read, hash: combineFileHashes(read) };
}
async function readOne(file, tokens, visitor, hash, onRead) {
  if (file.format === "json") {
    const bytes = readJsonArray(file.path, tokens, visitor);
    onRead?.(bytes.length);
    return hash ? createHash2("sha256").update(bytes).digest("hex") : "";
  }
  if (file.format === "parquet") {
    const { readParquet } = await import("./parquet-QKLRVINF.js");
    await readParquet(file.path, file.path, tokens, visitor);
    onRead?.(statSync4(file.path).size);
    return hash ? hashFile(file.path) : "";
  }
  const parser = file.format === "jsonl" ? new JsonLinesParser(file.path, tokens, visitor) : new CsvParser({ delimiter: file.format === "tsv" ? TAB : COMMA, file: file.path, tokens }, visitor);
  const drain = visitor.drain?.bind(visitor);
  if (parser instanceof CsvParser && !file.gzip) {
    const parse = (window, final) => {
      const consumed = parser.window(window, final);
      return drain ? Promise.resolve(drain()).then(() => consumed) : consumed;
    };
    const sha2562 = hash ? createHash2("sha256") : void 0;
    await readWindows(file, parse, sha2562, void 0, onRead);
    parser.finish();
    return sha2562?.digest("hex") ?? "";
  }
  const push = (chunk) => {
    parser.push(chunk);
    return drain?.();
  };
  const sha256 = await streamFile(file, push, hash, void 0, onRead);
  parser.end();
  return sha256;
}
function assertHasRows(rows, files) {
  if (rows > 0)
    return;
  const names = files.map((file) => file.path).join(", ");
  throw new UserError(`${names}: no data rows (the data has a header but no records).`);
}

export {
  QuotedDataError,
  CsvParser,
  lineBreakOf,
  isDynamicPattern,
  globSync,
  resolveDataFiles,
  hashFile,
  DEFAULT_MISSING_VALUES,
  MissingTokens,
  TextPool,
  TextCounter,
  readDataset,
  assertHasRows
};
