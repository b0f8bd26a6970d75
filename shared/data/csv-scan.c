// The CSV record scanner behind csv.ts, compiled to WebAssembly (see csv-scan.ts for how to
// rebuild csv-scan-wasm.ts). It splits the bytes copied into `input` into records and fields
// by RFC 4180, exactly as CsvParser's own loop does, and hashes each record as CsvRow's
// hashRecord does (hashBytesPair over the record's unquoted values joined by the delimiter).
#include <wasm_simd128.h>

typedef unsigned int u32;
typedef unsigned char u8;

#define INPUT_BYTES (2 << 20)
#define FIELDS (1 << 18)
#define RECORDS (1 << 16)
#define QUOTE 34
#define CR 13

// 16 bytes of slack: vector loads may read past the end of the input.
static u8 input[INPUT_BYTES + 16];
static int starts[FIELDS];
static int ends[FIELDS];
static u8 escaped[FIELDS];
// Record r holds fields record_first[r] .. record_first[r + 1] - 1.
static int record_first[RECORDS + 1];
static int record_line[RECORDS];
static u8 record_quoted[RECORDS];
static u32 record_hash[2 * RECORDS];
static u8 unquoted[INPUT_BYTES + FIELDS];
static int result[3];

enum { DONE = 0, INCOMPLETE = 1, FULL = 2, UNTERMINATED = 3, TOO_WIDE = 4 };

__attribute__((export_name("input"))) u8 *input_at(void) { return input; }
__attribute__((export_name("inputBytes"))) int input_bytes(void) { return INPUT_BYTES; }
__attribute__((export_name("starts"))) int *starts_at(void) { return starts; }
__attribute__((export_name("ends"))) int *ends_at(void) { return ends; }
__attribute__((export_name("escaped"))) u8 *escaped_at(void) { return escaped; }
__attribute__((export_name("recordFirst"))) int *record_first_at(void) { return record_first; }
__attribute__((export_name("recordLine"))) int *record_line_at(void) { return record_line; }
__attribute__((export_name("recordQuoted"))) u8 *record_quoted_at(void) { return record_quoted; }
__attribute__((export_name("recordHash"))) u32 *record_hash_at(void) { return record_hash; }
// [records, consumed bytes, line after them]
__attribute__((export_name("result"))) int *result_at(void) { return result; }

static inline u32 fmix32(u32 h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h;
}

static inline u32 load32(const u8 *p) {
  u32 value;
  __builtin_memcpy(&value, p, 4);
  return value;
}

// hashBytesPair of shared/hash, bit for bit.
static void hash_pair(const u8 *bytes, int start, int end, u32 *out) {
  u32 a = 0x811c9dc5u, b = 0x2545f491u;
  int i = start;
  for (; i + 8 <= end; i += 8) {
    u32 low = load32(bytes + i), high = load32(bytes + i + 4);
    a = (a ^ low) * 0x01000193u;
    a = (a ^ (a >> 15) ^ high) * 0x01000193u;
    b = (b + low) * 0x5bd1e995u;
    b = ((b ^ (b >> 13)) + high) * 0x5bd1e995u;
    a ^= a >> 15;
    b ^= b >> 13;
  }
  for (; i < end; i++) {
    a = (a ^ bytes[i]) * 0x01000193u;
    b = ((b + bytes[i]) * 0x5bd1e995u) ^ (b >> 15);
  }
  out[0] = fmix32(a ^ (u32)(end - start));
  out[1] = fmix32(b + (u32)(end - start));
}

// The record's values, unescaped and joined by the delimiter, hashed: quoting does not matter.
static void hash_quoted(int first, int last, int delimiter, u32 *out) {
  int at = 0;
  for (int f = first; f < last; f++) {
    if (f > first) unquoted[at++] = (u8)delimiter;
    int end = ends[f];
    for (int p = starts[f]; p < end; p++) {
      unquoted[at++] = input[p];
      if (escaped[f] && input[p] == QUOTE && p + 1 < end && input[p + 1] == QUOTE) p++;
    }
  }
  hash_pair(unquoted, 0, at, out);
}

// First position at or after pos, below len, holding a or b; len when there is none.
static inline int find_either(int pos, int len, v128_t a, v128_t b) {
  for (;;) {
    v128_t bytes = wasm_v128_load(input + pos);
    u32 mask = wasm_i8x16_bitmask(wasm_v128_or(wasm_i8x16_eq(bytes, a), wasm_i8x16_eq(bytes, b)));
    if (mask) {
      pos += __builtin_ctz(mask);
      return pos < len ? pos : len;
    }
    pos += 16;
    if (pos >= len) return len;
  }
}

static int stop(int status, int records, int fields_end, int consumed, int line) {
  record_first[records] = fields_end;
  result[0] = records;
  result[1] = consumed;
  result[2] = line;
  return status;
}

// Scans input[0, len). `final`: nothing follows, so the last record ends at len. Stops at a
// record it cannot finish (INCOMPLETE, or UNTERMINATED when final), or when the tables are
// full (FULL, or TOO_WIDE when one record has more fields than they hold), with result[1] at
// that record's start and result[2] at its line.
__attribute__((export_name("scan"))) int scan(int len, int final, int delimiter, int newline, int trim_cr, int line) {
  const v128_t delimiters = wasm_i8x16_splat((char)delimiter);
  const v128_t newlines = wasm_i8x16_splat((char)newline);
  const v128_t quotes = wasm_i8x16_splat(QUOTE);
  int pos = 0, field = 0, records = 0;
  while (pos < len) {
    if (records == RECORDS) return stop(FULL, records, field, pos, line);
    const int record_start = pos, start_line = line, first = field;
    int quoted = 0;
    for (;;) {
      if (field == FIELDS) return stop(first == 0 ? TOO_WIDE : FULL, records, first, record_start, start_line);
      if (pos < len && input[pos] == QUOTE) {
        // A quoted field ends at a quote that is not doubled.
        int is_escaped = 0, p = pos + 1, q;
        for (;;) {
          q = find_either(p, len, quotes, quotes);
          if (q >= len) return stop(final ? UNTERMINATED : INCOMPLETE, records, first, record_start, start_line);
          if (q + 1 < len && input[q + 1] == QUOTE) {
            is_escaped = 1;
            p = q + 2;
            continue;
          }
          if (q + 1 >= len && !final) return stop(INCOMPLETE, records, first, record_start, start_line);
          break;
        }
        for (int i = pos + 1; i < q; i++)
          if (input[i] == newline) line++;
        starts[field] = pos + 1;
        ends[field] = q;
        escaped[field] = (u8)is_escaped;
        // Stray text after the closing quote stays part of the record, as pandas reads it.
        pos = find_either(q + 1, len, delimiters, newlines);
        if (pos >= len && !final) return stop(INCOMPLETE, records, first, record_start, start_line);
        quoted = 1;
      } else {
        const int start = pos;
        pos = find_either(pos, len, delimiters, newlines);
        if (pos >= len && !final) return stop(INCOMPLETE, records, first, record_start, start_line);
        int end = pos;
        if (trim_cr && end > start && input[end - 1] == CR && (pos >= len || input[pos] == newline)) end--;
        starts[field] = start;
        ends[field] = end;
        escaped[field] = 0;
      }
      field++;
      if (pos >= len) break;
      if (input[pos] == delimiter) {
        pos++;
        continue;
      }
      pos++;
      line++;
      break;
    }
    record_first[records] = first;
    record_line[records] = start_line;
    record_quoted[records] = (u8)quoted;
    if (quoted) hash_quoted(first, field, delimiter, record_hash + 2 * records);
    else hash_pair(input, starts[first], ends[field - 1], record_hash + 2 * records);
    records++;
  }
  return stop(DONE, records, field, pos, line);
}
