//go:build !evloopweb

package js

import (
	"strings"
	"sync"
)

// Intl.NumberFormat's unit style, in English as ICU's data has it (node
// 20): the 45 units ECMA-402 sanctions and their "X-per-Y" compounds, in
// the short, long and narrow displays.

// unitNames are the units as short|long|narrow|perShort|perNarrow, an
// empty or missing field meaning its default:
//   - short: the abbreviation after a space ("{0} km"), glued when it
//     starts with ~ ("{0}°C"); a plural after a slash ("day/days");
//   - long: the singular after a space, its plural after a slash, else
//     the singular and an s;
//   - narrow: glued to the number; the short abbreviation by default;
//   - perShort, perNarrow: the unit as a compound's denominator ("km/h"),
//     the short and the narrow abbreviation by default.
const unitNames = `acre:ac|acre;bit:bit|bit;byte:byte|byte|B;celsius:~°C|degree Celsius/degrees Celsius;` +
	`centimeter:cm|centimeter;day:day/days|day|d|d;degree:deg|degree|°;` +
	`fahrenheit:~°F|degree Fahrenheit/degrees Fahrenheit|°;fluid-ounce:fl oz|fluid ounce;foot:ft|foot/feet|′||ft;` +
	`gallon:gal|gallon||gal US;gigabit:Gb|gigabit;gigabyte:GB|gigabyte;gram:g|gram;hectare:ha|hectare;hour:hr|hour|h|h;` +
	`inch:in|inch/inches|″||in;kilobit:kb|kilobit;kilobyte:kB|kilobyte;kilogram:kg|kilogram;kilometer:km|kilometer;` +
	`liter:L|liter;megabit:Mb|megabit;megabyte:MB|megabyte;meter:m|meter;microsecond:μs|microsecond;mile:mi|mile;` +
	`mile-scandinavian:smi|mile-scandinavian/miles-scandinavian;milliliter:mL|milliliter;millimeter:mm|millimeter;` +
	`millisecond:ms|millisecond;minute:min|minute|m||min;month:mth/mths|month|m|m;nanosecond:ns|nanosecond;` +
	`ounce:oz|ounce;percent:~%|percent/percent;petabyte:PB|petabyte;pound:lb|pound|#||lb;second:sec|second|s|s;` +
	`stone:st|stone;terabit:Tb|terabit;terabyte:TB|terabyte;week:wk/wks|week|w|w;yard:yd|yard;year:yr/yrs|year|y|y`

// unitName is one unit's forms: suffixes to append to the number, for one
// and for other (en's plural categories).
type unitName struct {
	short, long, narrow [2]string
	perShort, perNarrow string // as a denominator, with its slash
	perLong             string // " per " and the singular
}

var unitTable = sync.OnceValue(func() map[string]*unitName {
	m := make(map[string]*unitName, 45)
	for _, entry := range strings.Split(unitNames, ";") {
		name, spec, _ := strings.Cut(entry, ":")
		f := strings.Split(spec, "|")
		for len(f) < 5 {
			f = append(f, "")
		}
		u := &unitName{}
		short := f[0]
		sep := " "
		if strings.HasPrefix(short, "~") {
			short, sep = short[1:], ""
		}
		one, other, ok := strings.Cut(short, "/")
		if !ok {
			other = one
		}
		u.short = [2]string{sep + one, sep + other}
		lone, lother, ok := strings.Cut(f[1], "/")
		if !ok {
			lother = lone + "s"
		}
		u.long = [2]string{" " + lone, " " + lother}
		narrow := f[2]
		if narrow == "" {
			narrow = one
		}
		u.narrow = [2]string{narrow, narrow}
		u.perShort, u.perNarrow = "/"+one, "/"+narrow
		if f[3] != "" {
			u.perShort = "/" + f[3]
		}
		if f[4] != "" {
			u.perNarrow = "/" + f[4]
		}
		u.perLong = " per " + lone
		m[name] = u
	}
	return m
})

// validUnit says whether unit is a sanctioned unit or a compound of two.
func validUnit(unit string) bool {
	t := unitTable()
	if t[unit] != nil {
		return true
	}
	num, den, ok := strings.Cut(unit, "-per-")
	return ok && t[num] != nil && t[den] != nil
}

// unitSuffix is what follows a formatted number (text, its sign and
// digits) in unit style: en's "one" form for an integer 1, else "other".
func unitSuffix(unit, display, text string) string {
	plural := 1
	if strings.TrimLeft(text, "-+") == "1" {
		plural = 0
	}
	t := unitTable()
	pick := func(u *unitName) string {
		switch display {
		case "long":
			return u.long[plural]
		case "narrow":
			return u.narrow[plural]
		}
		return u.short[plural]
	}
	if u := t[unit]; u != nil {
		return pick(u)
	}
	num, den, _ := strings.Cut(unit, "-per-")
	// ICU's own compounds, and its percent-per-anything, which keeps the
	// percent alone.
	switch {
	case (unit == "mile-per-hour" || unit == "mile-per-gallon") && display != "long":
		sep := " "
		if display == "narrow" {
			sep = ""
		}
		if unit == "mile-per-hour" {
			return sep + "mph"
		}
		return sep + "mpg"
	case num == "percent" && display != "long":
		return "%"
	}
	d := t[den]
	switch display {
	case "long":
		return pick(t[num]) + d.perLong
	case "narrow":
		return pick(t[num]) + d.perNarrow
	}
	return pick(t[num]) + d.perShort
}
