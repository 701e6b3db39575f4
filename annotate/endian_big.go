//go:build !(386 || amd64 || arm || arm64 || loong64 || mips64le || mipsle || ppc64le || riscv64 || wasm)

package annotate

// bigEndian: see endian_little.go.
const bigEndian = true
