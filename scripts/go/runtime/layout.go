// Command layout records how Go 1.19 lays out a set of types on linux/amd64, as
// JSON on stdout, for scripts/fixtures-runtime.sh: size and alignment (reflect),
// and the runtime's own type descriptor fields ptrdata and gcdata (the pointer
// mask the allocator writes into the heap bitmap), read from the descriptor.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"unsafe"
)

type node struct {
	item        int
	left, right *node
}

// rtype mirrors the head of runtime._type in Go 1.19 (runtime/type.go).
type rtype struct {
	size       uintptr
	ptrdata    uintptr
	hash       uint32
	tflag      uint8
	align      uint8
	fieldAlign uint8
	kind       uint8
	equal      func(unsafe.Pointer, unsafe.Pointer) bool
	gcdata     *byte
}

const kindGCProg = 1 << 6

type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

type layout struct {
	Name         string  `json:"name"`
	Size         uintptr `json:"size"`
	Align        int     `json:"align"`
	Ptrdata      uintptr `json:"ptrdata"`
	PointerWords []int   `json:"pointer_words"`
}

func describe(name string, v any) layout {
	t := (*eface)(unsafe.Pointer(&v)).typ
	if t.kind&kindGCProg != 0 {
		panic(name + ": GC program types are not recorded")
	}
	words := []int{}
	mask := unsafe.Slice(t.gcdata, (t.ptrdata/8+7)/8)
	for w := 0; w < int(t.ptrdata/8); w++ {
		if mask[w/8]&(1<<(w%8)) != 0 {
			words = append(words, w)
		}
	}
	return layout{name, t.size, reflect.TypeOf(v).Align(), t.ptrdata, words}
}

func main() {
	out := []layout{
		describe("node", node{}),
		describe("i8_i64_i8", struct {
			a int8
			b int64
			c int8
		}{}),
		describe("i8_i8_i32", struct {
			a, b int8
			c    int32
		}{}),
		describe("i64_empty", struct {
			a int64
			b struct{}
		}{}),
		describe("i32_empty", struct {
			a int32
			b struct{}
		}{}),
		describe("i8_c64", struct {
			a int8
			b complex64
		}{}),
		describe("headers", struct {
			s  string
			i  any
			sl []int
			m  map[int]int
			p  *int
			f  func()
			c  chan int
			u  unsafe.Pointer
			x  uintptr
		}{}),
		describe("array3_string", [3]string{}),
		describe("array5_intptr", [5]struct {
			a int
			p *int
		}{}),
		describe("b3_ptr_zeroarr", struct {
			a [3]byte
			p *int
			b [0]int
		}{}),
		describe("ptr_zeroptrs", struct {
			p *int
			q [0]*int
		}{}),
		describe("scalars", struct {
			a bool
			b int16
			c float32
			d float64
			e complex128
		}{}),
		describe("array2x3_ptr", [2][3]*int{}),
		describe("empty", struct{}{}),
		describe("array40_ptr", [40]*int{}),
		describe("ptrs33_int", struct {
			a [33]*int
			b int
		}{}),
		describe("byte_strings_empty", struct {
			b byte
			s []string
			e struct{}
		}{}),
		describe("int_any_int8", struct {
			a int
			b any
			c int8
		}{}),
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
