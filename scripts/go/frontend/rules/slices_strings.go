package main

func arr() []int {
	var a [4]int
	return a[:]
}

func conv(b []byte, s string) (string, []byte) {
	return string(b), []byte(s)
}

func concat(a, b string) string { return a + b }

type Buf struct{ buf []byte }

func (b *Buf) trim() { b.buf = b.buf[1:] }

func main() {
	_ = arr()
	_, _ = conv(nil, "x")
	_ = concat("a", "b")
	(&Buf{}).trim()
}
