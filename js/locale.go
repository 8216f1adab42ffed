//go:build !evloopweb

package js

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
)

// hasIntl: this build has evloop's Intl and en-US formatters (the page's
// build does not: locale_web.go).
const hasIntl = true

// installLocale gives Number.prototype.toLocaleString and
// BigInt.prototype.toLocaleString node's en-US output. goja has no Intl:
// its Number toLocaleString took the locale for a radix (so
// n.toLocaleString('en-US') threw a RangeError) and grouped nothing. Every
// locale formats as en-US (site/docs/limits.md); the options node's
// programs use most are honoured: minimum/maximumFractionDigits,
// minimumIntegerDigits, maximumSignificantDigits, useGrouping and the
// percent and currency styles.
func (r *Runtime) installLocale() error {
	vm := r.vm
	define := func(ctorName string, fn func(goja.FunctionCall) goja.Value) error {
		ctor, ok := vm.Get(ctorName).(*goja.Object)
		if !ok {
			return nil
		}
		proto, ok := ctor.Get("prototype").(*goja.Object)
		if !ok {
			return nil
		}
		f := vm.ToValue(fn).(*goja.Object)
		_ = f.DefineDataProperty("name", vm.ToValue("toLocaleString"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = f.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return proto.DefineDataProperty("toLocaleString", f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	numberValueOf, _ := goja.AssertFunction(vm.Get("Number").(*goja.Object).Get("prototype").(*goja.Object).Get("valueOf"))
	if err := define("Number", func(call goja.FunctionCall) goja.Value {
		// valueOf checks the receiver as Number methods do (TypeError otherwise).
		v, err := numberValueOf(call.This)
		if err != nil {
			panic(r.throwValue("TypeError", "Number.prototype.toLocaleString requires that 'this' be a Number"))
		}
		o := r.numberFormatOptions(call.Argument(0), call.Argument(1))
		return vm.ToValue(formatLocaleNumber(v.ToFloat(), o))
	}); err != nil {
		return err
	}
	bigintCtor, ok := vm.Get("BigInt").(*goja.Object)
	if !ok {
		return nil
	}
	bigintValueOf, _ := goja.AssertFunction(bigintCtor.Get("prototype").(*goja.Object).Get("valueOf"))
	return define("BigInt", func(call goja.FunctionCall) goja.Value {
		v, err := bigintValueOf(call.This)
		if err != nil {
			panic(r.throwValue("TypeError", "BigInt.prototype.toLocaleString requires that 'this' be a BigInt"))
		}
		return vm.ToValue(r.numberFormatOptions(call.Argument(0), call.Argument(1)).bigint(v.String()))
	})
}

// numberFormat is the part of Intl.NumberFormat's options evloop honours.
type numberFormat struct {
	style            string // decimal, percent, currency
	symbol           string // the currency's sign, with its space if any
	accounting       bool   // currencySign accounting: a negative amount in parentheses
	minInt           int
	minFrac, maxFrac int
	maxSig           int // 0: not set
	grouping         bool
	lang             string // "" (en-US), "en-GB" or "de": localeLang
	compact          string // notation 'compact': its compactDisplay, "short" or "long"
	expStep          int    // notation 'scientific' (1) or 'engineering' (3): the exponent's step
	digitsGiven      bool   // fraction or significant digits were given (compact rounds its own way otherwise)
	unit             string // style 'unit': the unit (locale_unit.go)
	unitDisplay      string // short, long or narrow
	signDisplay      string // auto, always, exceptZero, negative, never
}

// localeTag is made on first use, not in the package init every process runs.
var localeTag = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`) })

// currencySigns are en-US's signs for the common currencies; others are
// their code and a no-break space, as ICU writes them.
var currencySigns = sync.OnceValue(func() map[string]string {
	return map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "CNY": "CN¥", "INR": "₹",
		"CAD": "CA$", "AUD": "A$", "KRW": "₩", "BRL": "R$", "MXN": "MX$", "ILS": "₪", "VND": "₫", "TWD": "NT$", "NZD": "NZ$", "HKD": "HK$"}
})

// zeroDecimalCurrencies have no minor unit (ISO 4217).
var zeroDecimalCurrencies = sync.OnceValue(func() map[string]bool {
	return map[string]bool{"JPY": true, "KRW": true, "VND": true, "CLP": true, "ISK": true, "UGX": true, "PYG": true, "XAF": true, "XOF": true}
})

func (r *Runtime) numberFormatOptions(locales, options goja.Value) numberFormat {
	if goja.IsString(locales) && !localeTag().MatchString(locales.String()) {
		panic(r.throwValue("RangeError", "Incorrect locale information provided"))
	}
	o := numberFormat{style: "decimal", minInt: 1, grouping: true, lang: localeLang(locales)}
	opts, _ := options.(*goja.Object)
	get := func(name string) goja.Value {
		if opts == nil {
			return nil
		}
		v := opts.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return nil
		}
		return v
	}
	digits := func(name string, lo, hi int) (int, bool) {
		v := get(name)
		if v == nil {
			return 0, false
		}
		f := v.ToFloat()
		if math.IsNaN(f) || f < float64(lo) || f > float64(hi) {
			panic(r.throwValue("RangeError", name+" value is out of range."))
		}
		return int(math.Floor(f)), true
	}
	if v := get("style"); v != nil {
		o.style = v.String()
	}
	oneOf := func(name, value string, allowed ...string) {
		for _, a := range allowed {
			if value == a {
				return
			}
		}
		panic(r.throwValue("RangeError", "Value "+value+" out of range for Intl.NumberFormat options property "+name))
	}
	oneOf("style", o.style, "decimal", "percent", "currency", "unit")
	if v := get("signDisplay"); v != nil {
		o.signDisplay = v.String()
		oneOf("signDisplay", o.signDisplay, "auto", "always", "exceptZero", "negative", "never")
	}
	if v := get("unit"); v != nil && !validUnit(v.String()) {
		panic(r.throwValue("RangeError", "Invalid unit argument for Intl.NumberFormat() '"+v.String()+"'"))
	}
	defMin, defMax := 0, 3
	switch o.style {
	case "unit":
		v := get("unit")
		if v == nil {
			panic(r.throwValue("TypeError", "Invalid unit argument for Intl.NumberFormat() ''"))
		}
		o.unit, o.unitDisplay = v.String(), "short"
		if d := get("unitDisplay"); d != nil {
			o.unitDisplay = d.String()
			oneOf("unitDisplay", o.unitDisplay, "short", "long", "narrow")
		}
	case "percent":
		defMax = 0
	case "currency":
		c := get("currency")
		if c == nil {
			panic(r.throwValue("TypeError", "Currency code is required with currency style."))
		}
		code := strings.ToUpper(c.String())
		if len(code) != 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			panic(r.throwValue("RangeError", "Invalid currency code : "+c.String()))
		}
		if sign, ok := currencySigns()[code]; ok {
			o.symbol = sign
			if code == "USD" && o.lang == "en-GB" {
				o.symbol = "US$"
			}
		} else {
			o.symbol = code + "\u00a0"
		}
		if d := get("currencyDisplay"); d != nil && d.String() == "code" {
			o.symbol = code + "\u00a0" // USD 1.00
		}
		if sg := get("currencySign"); sg != nil && sg.String() == "accounting" && o.lang != "de" {
			o.accounting = true // ($1.00)
		}
		defMin, defMax = 2, 2
		if zeroDecimalCurrencies()[code] {
			defMin, defMax = 0, 0
		}
	}
	if n, ok := digits("minimumIntegerDigits", 1, 21); ok {
		o.minInt = n
	}
	minFrac, hasMin := digits("minimumFractionDigits", 0, 100)
	maxFrac, hasMax := digits("maximumFractionDigits", 0, 100)
	switch {
	case hasMin && hasMax:
		if minFrac > maxFrac {
			panic(r.throwValue("RangeError", "maximumFractionDigits value is out of range."))
		}
	case hasMin:
		maxFrac = max(minFrac, defMax)
	case hasMax:
		minFrac = min(defMin, maxFrac)
	default:
		minFrac, maxFrac = defMin, defMax
	}
	o.minFrac, o.maxFrac = minFrac, maxFrac
	if n, ok := digits("maximumSignificantDigits", 1, 21); ok {
		o.maxSig = n
		o.minFrac = 0
	}
	if v := get("useGrouping"); v != nil {
		o.grouping = v.ToBoolean() || goja.IsString(v) && v.String() != "false"
	}
	o.digitsGiven = hasMin || hasMax || o.maxSig > 0
	if v := get("notation"); v != nil && (v.String() == "scientific" || v.String() == "engineering") {
		o.expStep, o.grouping = 1, false
		if v.String() == "engineering" {
			o.expStep = 3
		}
	}
	if v := get("notation"); v != nil && v.String() == "compact" {
		o.compact = "short"
		if d := get("compactDisplay"); d != nil && d.String() == "long" {
			o.compact = "long"
		}
	}
	return o
}

// compactUnits are en's compact suffixes by power of a thousand.
var compactUnits = [2][5]string{{"", "K", "M", "B", "T"}, {"", " thousand", " million", " billion", " trillion"}}

// formatCompact lays out digits (point of them before the point) in
// compact notation, as ICU's en: a power of a thousand up to trillions
// taken out, then, unless digits were asked for, the more precise of no
// fraction and two significant digits (1.2K, 12K, 123K, 0.012); grouping
// only from five integer digits (1000T, 12,340T).
func (o numberFormat) formatCompact(neg bool, digits string, point int) string {
	thousands := 0
	if point-1 >= 3 {
		thousands = min((point-1)/3, 4)
	}
	point -= 3 * thousands
	keep := max(point, 2)
	if o.digitsGiven {
		keep = point + o.maxFrac
		if o.maxSig > 0 {
			keep = o.maxSig
		}
	} else {
		o.minFrac = 0
	}
	digits, point = roundDigits(digits, point, keep)
	if point > 3 && thousands < 4 { // 999.95K rounded to 1000K is 1M
		thousands++
		point -= 3
	}
	if point < 5 {
		o.grouping = false
	}
	unit := compactUnits[0][thousands]
	if o.compact == "long" {
		unit = compactUnits[1][thousands]
	}
	pct := o.percentSign()
	o.style = "decimal"
	s := o.finish(neg, digits, point)
	return s + unit + pct
}

// throwValue makes an error of the named built-in class to panic with.
func (r *Runtime) throwValue(class, msg string) goja.Value {
	return r.newError(class, msg)
}

// formatLocaleNumber formats f as en-US does, rounding its shortest
// decimal form half away from zero, as ICU does; in unit style, with its
// unit.
func formatLocaleNumber(f float64, o numberFormat) string {
	s := formatLocaleDigits(f, o)
	if o.unit != "" {
		s += unitSuffix(o.unit, o.unitDisplay, s)
	}
	return s
}

// formatLocaleDigits is formatLocaleNumber without a unit.
func formatLocaleDigits(f float64, o numberFormat) string {
	neg := math.Signbit(f)
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 0):
		return o.signed(neg, false) + o.symbol + "∞" + o.percentSign()
	}
	// d.ddde±x: the digits and how many of them are before the point.
	e := strconv.FormatFloat(math.Abs(f), 'e', -1, 64)
	mant, exp, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	point, _ := strconv.Atoi(exp)
	point++
	if f == 0 {
		digits, point = "0", 1
	}
	if o.style == "percent" {
		point += 2
	}
	if o.compact != "" {
		return o.formatCompact(neg, digits, point)
	}
	if o.expStep > 0 {
		return o.formatExponent(f == 0, neg, digits, point)
	}
	keep := point + o.maxFrac
	if o.maxSig > 0 {
		keep = o.maxSig
	}
	digits, point = roundDigits(digits, point, keep)
	return o.finish(neg, digits, point)
}

// formatExponent writes ICU's scientific (1.235E4) or engineering
// (12.345E3) notation: a mantissa rounded as the options say, then E and
// the exponent, a multiple of expStep.
func (o numberFormat) formatExponent(zero, neg bool, digits string, point int) string {
	exp := 0
	for range 2 { // a second pass when rounding carried (9.9996 → 10)
		exp = 0
		if !zero {
			exp = point - 1
			exp -= ((exp % o.expStep) + o.expStep) % o.expStep
		}
		keep := point - exp + o.maxFrac
		if o.maxSig > 0 {
			keep = o.maxSig
		}
		var p2 int
		digits, p2 = roundDigits(digits, point, keep)
		if p2 == point {
			break
		}
		point = p2
	}
	mant := o.finish(neg, digits, point-exp)
	// the sign, symbol and digits, then the exponent before a percent sign
	pct := o.percentSign()
	mant = strings.TrimSuffix(mant, pct)
	return mant + "E" + strconv.Itoa(exp) + pct
}

func (o numberFormat) percentSign() string {
	if o.style == "percent" {
		return "%"
	}
	return ""
}

// roundDigits keeps the first keep digits of digits (a number whose first
// point digits are its integer part), rounding half away from zero.
func roundDigits(digits string, point, keep int) (string, int) {
	if keep >= len(digits) {
		return digits, point
	}
	if keep < 0 {
		return "0", 1
	}
	up := digits[keep] >= '5'
	b := []byte(digits[:keep])
	if up {
		i := len(b) - 1
		for ; i >= 0; i-- {
			if b[i] == '9' {
				b[i] = '0'
				continue
			}
			b[i]++
			break
		}
		if i < 0 {
			b = append([]byte{'1'}, b...)
			point++
		}
	}
	if len(b) == 0 {
		return "0", 1
	}
	return string(b), point
}

// finish lays out rounded digits: integer part (padded, grouped), the
// fraction trimmed to minFrac, sign, currency sign and percent sign.
func (o numberFormat) finish(neg bool, digits string, point int) string {
	var intPart, frac string
	switch {
	case point <= 0:
		intPart, frac = "0", strings.Repeat("0", -point)+digits
	case point >= len(digits):
		intPart = digits + strings.Repeat("0", point-len(digits))
	default:
		intPart, frac = digits[:point], digits[point:]
	}
	intPart = strings.TrimLeft(intPart, "0")
	frac = strings.TrimRight(frac, "0")
	for len(frac) < o.minFrac {
		frac += "0"
	}
	for len(intPart) < o.minInt {
		intPart = "0" + intPart
	}
	if o.grouping {
		intPart = groupThousands(intPart)
	}
	s := intPart
	if frac != "" {
		s += "." + frac
	}
	s = o.symbol + s + o.percentSign()
	zero := strings.Trim(intPart+frac, "0,") == ""
	if o.accounting && o.signed(neg, zero) == "-" {
		return o.localizeNumber("(" + s + ")")
	}
	s = o.signed(neg, zero) + s
	return o.localizeNumber(s)
}

// signed is the sign signDisplay puts before a number: auto (a minus for
// a negative number, -0 too), always, exceptZero (no sign for a zero),
// negative (a minus for a negative non-zero only) or never.
func (o numberFormat) signed(neg, zero bool) string {
	switch o.signDisplay {
	case "always":
		if neg {
			return "-"
		}
		return "+"
	case "exceptZero":
		switch {
		case zero:
			return ""
		case neg:
			return "-"
		}
		return "+"
	case "negative":
		if neg && !zero {
			return "-"
		}
		return ""
	case "never":
		return ""
	}
	if neg {
		return "-"
	}
	return ""
}

func groupThousands(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	first := len(s) % 3
	if first > 0 {
		b.WriteString(s[:first])
	}
	for i := first; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// installIntlNatives gives lib/intl.js (the Intl global) the formatters
// behind toLocaleString: numbers and bigints, dates (ms since the epoch,
// with the fields toLocaleString, toLocaleDateString or
// toLocaleTimeString would add: "any", "date", "time"), and the host's
// zone name for resolvedOptions().timeZone.
func (r *Runtime) installIntlNatives(o *internalStore) {
	vm := r.vm
	_ = o.Set("intlFormatNumber", func(call goja.FunctionCall) goja.Value {
		opts := r.numberFormatOptions(call.Argument(1), call.Argument(2))
		v := call.Argument(0)
		if goja.IsBigInt(v) {
			return vm.ToValue(opts.bigint(v.String()))
		}
		return vm.ToValue(formatLocaleNumber(v.ToFloat(), opts))
	})
	_ = o.Set("intlFormatDate", func(call goja.FunctionCall) goja.Value {
		opts := r.dateFormatOptions(call.Argument(1), call.Argument(2), call.Argument(3).String(), "Intl.DateTimeFormat")
		ms := call.Argument(0).ToFloat()
		if math.IsNaN(ms) {
			panic(r.throwValue("RangeError", "Invalid time value"))
		}
		return vm.ToValue(opts.format(time.UnixMilli(int64(ms)).In(opts.loc)))
	})
	// intlDateParts(ms, locales, options): what formatToParts needs
	// besides the text: the fields shown (date ones in the locale's order,
	// then the clock's), the zone's name when one is shown, and whether
	// the month is a name.
	_ = o.Set("intlDateParts", func(call goja.FunctionCall) goja.Value {
		opts := r.dateFormatOptions(call.Argument(1), call.Argument(2), "intl", "Intl.DateTimeFormat")
		ms := call.Argument(0).ToFloat()
		if math.IsNaN(ms) {
			panic(r.throwValue("RangeError", "Invalid time value"))
		}
		t := time.UnixMilli(int64(ms)).In(opts.loc)
		f := opts.shownFields()
		zone := ""
		if f.tzName != "" {
			zone = zoneName(t, f.tzName)
		}
		var date []string
		add := func(name, v string) {
			if v != "" {
				date = append(date, name)
			}
		}
		numericMonth := f.month == "numeric" || f.month == "2-digit"
		if opts.lang == "" {
			if numericMonth {
				add("month", f.month)
			}
			add("day", f.day)
		} else {
			add("day", f.day)
			if numericMonth {
				add("month", f.month)
			}
		}
		add("year", f.year)
		var clock []string
		for _, p := range [][2]string{{"hour", f.hour}, {"minute", f.minute}, {"second", f.second}} {
			if p[1] != "" {
				clock = append(clock, p[0])
			}
		}
		return vm.ToValue(map[string]any{"text": opts.format(t), "date": date, "clock": clock, "zone": zone})
	})
	_ = o.Set("intlSegment", func(call goja.FunctionCall) goja.Value { return intlSegment(vm, call) })
	_ = o.Set("intlTimeZone", func(call goja.FunctionCall) goja.Value {
		if tz := call.Argument(0); !goja.IsUndefined(tz) {
			opts := r.dateFormatOptions(goja.Undefined(), vm.ToValue(map[string]any{"timeZone": tz.String()}), "any", "Intl.DateTimeFormat")
			if opts.loc == time.UTC {
				return vm.ToValue("UTC")
			}
			return vm.ToValue(opts.loc.String())
		}
		return vm.ToValue(localZoneName())
	})
}

// localZoneName is the IANA name of the host's zone, as ICU finds it: TZ,
// else the target of /etc/localtime; UTC when neither names one.
func localZoneName() string {
	if tz, ok := os.LookupEnv("TZ"); ok {
		tz = strings.TrimPrefix(tz, ":")
		if tz == "" || tz == "UTC" || tz == "Etc/UTC" {
			return "UTC"
		}
		return tz
	}
	if target, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(target, "zoneinfo/"); i >= 0 {
			name := target[i+len("zoneinfo/"):]
			if name == "Etc/UTC" || name == "UTC" || name == "Universal" || name == "Zulu" {
				return "UTC"
			}
			return name
		}
	}
	return "UTC"
}

// bigint formats a BigInt's decimal digits (a leading '-' for a negative
// one): no fraction, so only grouping, the style's percent (the value
// times 100) and its signs apply.
func (o numberFormat) bigint(digits string) string {
	if o.compact != "" {
		f, _ := strconv.ParseFloat(digits, 64)
		return formatLocaleNumber(f, o)
	}
	neg := strings.HasPrefix(digits, "-")
	digits = strings.TrimPrefix(digits, "-")
	if o.style == "percent" {
		digits += "00"
	}
	s := o.finish(neg, digits, len(digits))
	if o.unit != "" {
		s += unitSuffix(o.unit, o.unitDisplay, s)
	}
	return s
}
