package main

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"
)

// looksLikeHTML reports a document that is markup rather than text: an
// .html name, or a doctype, <html> or <p> near its start.
func looksLikeHTML(name string, data []byte) bool {
	if n := strings.ToLower(name); strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".xhtml") {
		return true
	}
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 512)]))
	return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.HasPrefix(head, []byte("<html")) ||
		bytes.HasPrefix(head, []byte("<p>")) || bytes.HasPrefix(head, []byte("<article"))
}

// blockTags end a paragraph: their tags become a blank line.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "blockquote": true, "article": true, "section": true, "tr": true, "figcaption": true}

// blankHTML returns data with its markup blanked out byte for byte, so that
// the engine reads the article's text while every offset it returns stays
// a true offset into the file: a tag becomes spaces (a block tag a blank
// line and spaces), a script's or style's content spaces, and an entity
// its character padded with spaces to the entity's length (on the side
// away from the word it touches, so "&ldquo;We" stays "“We").
func blankHTML(data []byte) []byte {
	out := bytes.Clone(data)
	blank := func(from, to int) {
		for k := from; k < to; k++ {
			if out[k] != '\n' {
				out[k] = ' '
			}
		}
	}
	for i := 0; i < len(out); {
		switch out[i] {
		case '<':
			end := bytes.IndexByte(out[i:], '>')
			if end < 0 || !tagStart(out[i+1:]) {
				i++
				continue
			}
			end += i + 1
			name := tagName(out[i+1 : end])
			blank(i, end)
			if blockTags[name] && end-i >= 2 {
				out[i], out[i+1] = '\n', '\n'
			}
			if name == "script" || name == "style" {
				// the content up to the closing tag
				if c := bytes.Index(bytes.ToLower(out[end:]), []byte("</"+name)); c >= 0 {
					blank(end, end+c)
					end += c
				}
			}
			i = end
		case '&':
			semi := bytes.IndexByte(out[i:min(len(out), i+12)], ';')
			if semi < 0 {
				i++
				continue
			}
			ent := string(out[i : i+semi+1])
			dec := html.UnescapeString(ent)
			if dec == ent || len(dec) > len(ent) || !utf8.ValidString(dec) {
				i++
				continue
			}
			pad := len(ent) - len(dec)
			next := i + len(ent)
			if next < len(out) && out[next] != ' ' && out[next] != '\n' && out[next] != '<' {
				// touching the next word: the padding before the character
				copy(out[i+pad:], dec)
				blank(i, i+pad)
			} else {
				copy(out[i:], dec)
				blank(i+len(dec), next)
			}
			i = next
		default:
			i++
		}
	}
	return out
}

// tagStart reports the bytes after '<' opening a tag or a comment.
func tagStart(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	c := b[0]
	return c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// tagName returns a tag's lower-cased name ("p" for "<p class=x>" and
// "</p>").
func tagName(t []byte) string {
	t = bytes.TrimPrefix(t, []byte("/"))
	n := 0
	for n < len(t) && (t[n] >= 'a' && t[n] <= 'z' || t[n] >= 'A' && t[n] <= 'Z' || t[n] >= '0' && t[n] <= '9') {
		n++
	}
	return strings.ToLower(string(t[:n]))
}
