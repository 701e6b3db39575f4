//go:build 386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm

package annotate

// bigEndian tells the 8-bytes-at-a-time scans (scanWord) to swap the bytes
// of a word they read; a constant, so the swap compiles away here.
const bigEndian = false
