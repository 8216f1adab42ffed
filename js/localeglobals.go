package js

import (
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// installLocale gives numbers and dates the toLocaleString node prints
// with its default locale (en-US), which goja lacks: goja's
// Number.prototype.toLocaleString is its toString (so 1234.5 printed
// "1234.5", and toLocaleString('en-US') threw "toString() radix argument
// must be between 2 and 36"), and its dates print a C-library layout.
// goja has no Intl; these are not Intl either: every locale formats as
// en-US, and of the options only the digit counts, useGrouping and style
// 'percent' (numbers) and timeZone (dates) are read (site/docs/limits.md).
func (r *Runtime) installLocale() error {
	vm := r.vm
	method := func(proto *goja.Object, name string, length int, fn func(goja.FunctionCall) goja.Value) error {
		f := vm.ToValue(fn).(*goja.Object)
		setNameLength(vm, f, name, length)
		return proto.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	if num, ok := vm.Get("Number").(*goja.Object); ok {
		if proto, ok := num.Get("prototype").(*goja.Object); ok {
			err := method(proto, "toLocaleString", 0, func(call goja.FunctionCall) goja.Value {
				x, ok := thisNumber(call.This)
				if !ok {
					panic(vm.NewTypeError("Number.prototype.toLocaleString requires that 'this' be a Number"))
				}
				return vm.ToValue(r.formatLocaleNumber(x, call.Argument(1)))
			})
			if err != nil {
				return err
			}
		}
	}
	if bigCtor, ok := vm.Get("BigInt").(*goja.Object); ok {
		if proto, ok := bigCtor.Get("prototype").(*goja.Object); ok {
			err := method(proto, "toLocaleString", 0, func(call goja.FunctionCall) goja.Value {
				n, ok := call.This.Export().(*big.Int)
				if !ok {
					panic(vm.NewTypeError("BigInt.prototype.toLocaleString requires that 'this' be a BigInt"))
				}
				s := n.String()
				neg := strings.HasPrefix(s, "-")
				s = groupThousands(strings.TrimPrefix(s, "-"))
				if neg {
					s = "-" + s
				}
				return vm.ToValue(s)
			})
			if err != nil {
				return err
			}
		}
	}
	dateCtor, ok := vm.Get("Date").(*goja.Object)
	if !ok {
		return nil
	}
	proto, ok := dateCtor.Get("prototype").(*goja.Object)
	if !ok {
		return nil
	}
	// toString and toTimeString with the time zone's name as node's ICU
	// spells it: goja writes Go's abbreviation, "(UTC)" where node writes
	// "(Coordinated Universal Time)".
	for _, m := range []struct {
		name string
		date bool
	}{{"toString", true}, {"toTimeString", false}} {
		m := m
		err := method(proto, m.name, 0, func(call goja.FunctionCall) goja.Value {
			o, _ := call.This.(*goja.Object)
			if o == nil || o.ClassName() != "Date" {
				panic(vm.NewTypeError("this is not a Date object."))
			}
			t, ok := o.Export().(time.Time)
			if !ok || math.IsNaN(dateValue(o)) {
				return vm.ToValue("Invalid Date")
			}
			return vm.ToValue(dateString(t.In(time.Local), m.date))
		})
		if err != nil {
			return err
		}
	}
	for _, m := range []struct {
		name       string
		date, time bool
	}{{"toLocaleString", true, true}, {"toLocaleDateString", true, false}, {"toLocaleTimeString", false, true}} {
		m := m
		err := method(proto, m.name, 0, func(call goja.FunctionCall) goja.Value {
			o, _ := call.This.(*goja.Object)
			if o == nil || o.ClassName() != "Date" {
				panic(vm.NewTypeError("this is not a Date object."))
			}
			t, ok := o.Export().(time.Time)
			if !ok || math.IsNaN(dateValue(o)) {
				return vm.ToValue("Invalid Date")
			}
			t = t.In(r.localeZone(call.Argument(1)))
			var parts []string
			if m.date {
				parts = append(parts, strconv.Itoa(int(t.Month()))+"/"+strconv.Itoa(t.Day())+"/"+strconv.Itoa(t.Year()))
			}
			if m.time {
				h := t.Hour() % 12
				if h == 0 {
					h = 12
				}
				ampm := "AM"
				if t.Hour() >= 12 {
					ampm = "PM"
				}
				parts = append(parts, strconv.Itoa(h)+":"+twoDigits(t.Minute())+":"+twoDigits(t.Second())+" "+ampm)
			}
			return vm.ToValue(strings.Join(parts, ", "))
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// dateValue is the date's time value (NaN for an invalid date).
func dateValue(o *goja.Object) float64 {
	f, ok := goja.AssertFunction(o.Get("getTime"))
	if !ok {
		return math.NaN()
	}
	v, err := f(o)
	if err != nil {
		return math.NaN()
	}
	return v.ToFloat()
}

// localeZone is options.timeZone as a location: the process's own when
// absent or unknown to this system.
func (r *Runtime) localeZone(options goja.Value) *time.Location {
	o, ok := options.(*goja.Object)
	if !ok {
		return time.Local
	}
	tz := o.Get("timeZone")
	if tz == nil || goja.IsUndefined(tz) {
		return time.Local
	}
	name := tz.String()
	if strings.EqualFold(name, "UTC") || strings.EqualFold(name, "GMT") {
		return time.UTC
	}
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(r.rangeError("Invalid time zone specified: " + name))
	}
	return loc
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// thisNumber is this as a number: a number or a Number object.
func thisNumber(this goja.Value) (float64, bool) {
	if goja.IsNumber(this) {
		return this.ToFloat(), true
	}
	if o, ok := this.(*goja.Object); ok && o.ClassName() == "Number" {
		return o.ToNumber().ToFloat(), true
	}
	return 0, false
}

// formatLocaleNumber is x as ICU formats it for en-US: the shortest
// decimal that reads back as x, rounded half away from zero to at most
// maximumFractionDigits (3 by default, 0 for percent), at least
// minimumFractionDigits and minimumIntegerDigits, grouped by thousands.
func (r *Runtime) formatLocaleNumber(x float64, options goja.Value) string {
	minFD, maxFD, minID, grouping, percent := 0, 3, 1, true, false
	if o, ok := options.(*goja.Object); ok {
		digits := func(name string, lo, hi int) (int, bool) {
			v := o.Get(name)
			if v == nil || goja.IsUndefined(v) {
				return 0, false
			}
			f := v.ToFloat()
			if math.IsNaN(f) || f < float64(lo) || f > float64(hi) {
				panic(r.rangeError(name + " value is out of range."))
			}
			return int(f), true
		}
		if s := o.Get("style"); s != nil && s.String() == "percent" {
			percent, maxFD = true, 0
		}
		if v := o.Get("useGrouping"); v != nil && !goja.IsUndefined(v) {
			grouping = v.ToBoolean()
		}
		if n, ok := digits("minimumIntegerDigits", 1, 21); ok {
			minID = n
		}
		mn, hasMin := digits("minimumFractionDigits", 0, 20)
		mx, hasMax := digits("maximumFractionDigits", 0, 20)
		switch {
		case hasMin && hasMax:
			if mn > mx {
				panic(r.rangeError("maximumFractionDigits value is out of range."))
			}
			minFD, maxFD = mn, mx
		case hasMin:
			minFD, maxFD = mn, max(mn, maxFD)
		case hasMax:
			minFD, maxFD = min(minFD, mx), mx
		}
	}
	neg := math.Signbit(x)
	var body string
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 0):
		body = "∞"
	default:
		body = decimalDigits(math.Abs(x), percent, minFD, maxFD, minID, grouping)
	}
	if percent {
		body += "%"
	}
	if neg && !math.IsNaN(x) {
		return "-" + body
	}
	return body
}

// decimalDigits formats a (not negative, finite) in plain decimal
// notation: shortest digits, scaled by 100 for a percentage, rounded half
// up to maxFD fraction digits, trailing zeros kept down to minFD.
func decimalDigits(a float64, percent bool, minFD, maxFD, minID int, grouping bool) string {
	e := strconv.FormatFloat(a, 'e', -1, 64) // d.ddddde±x
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	point, _ := strconv.Atoi(exp) // digits[:point+1] is the integer part
	point++
	if percent {
		point += 2
	}
	// Pad so that the integer part and maxFD+1 fraction digits exist.
	if point <= 0 {
		digits = strings.Repeat("0", 1-point) + digits
		point = 1
	}
	if len(digits) < point {
		digits += strings.Repeat("0", point-len(digits))
	}
	intPart, frac := digits[:point], digits[point:]
	if len(frac) > maxFD {
		up := frac[maxFD] >= '5'
		frac = frac[:maxFD]
		if up {
			n := []byte(intPart + frac)
			i := len(n) - 1
			for ; i >= 0; i-- {
				if n[i] == '9' {
					n[i] = '0'
					continue
				}
				n[i]++
				break
			}
			s := string(n)
			if i < 0 {
				s = "1" + s
			}
			intPart, frac = s[:len(s)-maxFD], s[len(s)-maxFD:]
		}
	}
	for len(frac) > minFD && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	for len(frac) < minFD {
		frac += "0"
	}
	intPart = strings.TrimLeft(intPart, "0")
	for len(intPart) < minID {
		intPart = "0" + intPart
	}
	if grouping {
		intPart = groupThousands(intPart)
	}
	if frac == "" {
		return intPart
	}
	return intPart + "." + frac
}

// groupThousands puts a comma between each group of three digits.
func groupThousands(digits string) string {
	if len(digits) <= 3 {
		return digits
	}
	var b strings.Builder
	lead := len(digits) % 3
	b.WriteString(digits[:lead])
	for i := lead; i < len(digits); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(digits[i : i+3])
	}
	return b.String()
}

// dateString is ECMA-262's ToDateString (date set) or the time part of
// toTimeString: "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal
// Time)".
func dateString(t time.Time, date bool) string {
	var b strings.Builder
	if date {
		y := t.Year()
		sign := ""
		if y < 0 {
			sign, y = "-", -y
		}
		ys := strconv.Itoa(y)
		for len(ys) < 4 {
			ys = "0" + ys
		}
		b.WriteString(t.Weekday().String()[:3] + " " + t.Month().String()[:3] + " " + twoDigits(t.Day()) + " " + sign + ys + " ")
	}
	name, offset := t.Zone()
	b.WriteString(twoDigits(t.Hour()) + ":" + twoDigits(t.Minute()) + ":" + twoDigits(t.Second()) + " GMT")
	sign := "+"
	if offset < 0 {
		sign, offset = "-", -offset
	}
	hhmm := twoDigits(offset/3600) + twoDigits(offset%3600/60)
	b.WriteString(sign + hhmm + " (" + zoneLongName(name, sign+hhmm[:2]+":"+hhmm[2:]) + ")")
	return b.String()
}

// zoneNames are ICU's long English names (what node prints in a date's
// string) of the zone abbreviations Go gives the common time zones.
var zoneNames = map[string]string{
	"UTC": "Coordinated Universal Time", "GMT": "Greenwich Mean Time", "BST": "British Summer Time",
	"EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
	"CST": "Central Standard Time", "CDT": "Central Daylight Time",
	"MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
	"PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
	"AKST": "Alaska Standard Time", "AKDT": "Alaska Daylight Time",
	"HST": "Hawaii-Aleutian Standard Time",
	"CET": "Central European Standard Time", "CEST": "Central European Summer Time",
	"EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
	"WET": "Western European Standard Time", "WEST": "Western European Summer Time",
	"MSK": "Moscow Standard Time", "JST": "Japan Standard Time", "KST": "Korean Standard Time",
	"IST": "India Standard Time", "HKT": "Hong Kong Standard Time",
	"AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
	"ACST": "Australian Central Standard Time", "ACDT": "Australian Central Daylight Time",
	"AWST": "Australian Western Standard Time",
	"NZST": "New Zealand Standard Time", "NZDT": "New Zealand Daylight Time",
}

// zoneLongName is the name node prints for the zone Go abbreviates abbr:
// ICU's long name where zoneNames knows it, node's "GMT+00:00" form for
// TZ set empty, else Go's abbreviation (ICU's name unknown here).
func zoneLongName(abbr, offset string) string {
	if tz, set := os.LookupEnv("TZ"); set && tz == "" {
		return "GMT" + offset
	}
	if n, ok := zoneNames[abbr]; ok {
		if abbr == "IST" && time.Local.String() != "Asia/Kolkata" && time.Local.String() != "Asia/Calcutta" {
			return abbr // Irish or Israel Standard Time: not in the table
		}
		return n
	}
	return abbr
}
