// Malformed escapes in interpreted strings and rune literals.
package main

func main() {
	_ = "\x4g"
	_ = "\u12"
	_ = '\400'
	_ = "\uD800"
	_ = "\U00110000"
	_ = "ok\a\b\f\n\r\t\v\\\"\101\x41\u0041\U00000041"
	_ = '\''
	_ = "\'"
	_ = '\"'
	_ = 'ab\q'
	_ = "héllo\z"
}
