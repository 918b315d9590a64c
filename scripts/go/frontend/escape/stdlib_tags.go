// Parameter tags of standard library calls common in small programs: parsing leaks its input, stopping a timer leaks it, a bytes.Buffer keeps nothing it is given.
package main

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"time"
)

func atoi(s string) int                            { n, _ := strconv.Atoi(s); return n }
func getenv(k string) string                       { return os.Getenv(k) }
func zone(name string) *time.Location              { return time.FixedZone(name, 3600) }
func date(loc *time.Location) time.Time            { return time.Date(2020, 1, 1, 0, 0, 0, 0, loc) }
func parse(layout, v string) time.Time             { t, _ := time.Parse(layout, v); return t }
func addDate(t time.Time) time.Time                { return t.AddDate(0, 1, 0) }
func in(t time.Time, loc *time.Location) time.Time { return t.In(loc) }
func stop(t *time.Timer) bool                      { return t.Stop() }
func reset(t *time.Timer)                          { t.Reset(time.Second) }
func stopTicker(t *time.Ticker)                    { t.Stop() }
func replace(r *strings.Replacer, s string) string { return r.Replace(s) }
func numErr(e *strconv.NumError) string            { return e.Error() }
func writeStr(s string)                            { os.Stdout.WriteString(s) }

func buf(b *bytes.Buffer, p []byte, s string) {
	b.Write(p)
	b.WriteString(s)
	b.WriteByte('x')
	b.WriteRune('y')
	b.Grow(10)
}

func main() {}
