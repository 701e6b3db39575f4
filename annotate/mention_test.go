package annotate

import (
	"reflect"
	"strings"
	"testing"
)

// parseNP resets a mention and its npState field by field, and newAttr an
// attr (a whole reset is a memory.fill under wasm): a new field must be
// reset there too.
func TestMentionReset(t *testing.T) {
	for _, c := range []struct {
		typ  reflect.Type
		want string
	}{
		{reflect.TypeFor[mention](), "_ Span first last nameF nameL head kind ev definite weak hidden sent ent next"},
		{reflect.TypeFor[npState](), "nameF nameL possF possL possHead headTok adjUsed headFlag possFlag roleSeen hon orgDesc"},
		{reflect.TypeFor[attr](), "_ subj cue cueTok content quote quote2 sent forward inline"}, // newAttr
	} {
		var names []string
		for k := 0; k < c.typ.NumField(); k++ {
			names = append(names, c.typ.Field(k).Name)
		}
		if got := strings.Join(names, " "); got != c.want {
			t.Errorf("%s's fields are %q, its reset sets %q: reset the new ones too", c.typ.Name(), got, c.want)
		}
	}
}
