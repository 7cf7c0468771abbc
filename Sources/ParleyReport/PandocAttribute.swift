import ParleyScene

/// pandoc's attribute syntax (`{alt="…"}`), for model text: the value is escaped as Markdown
/// text (`MarkdownEscape.text`), which pandoc reads back inside a quoted value as the same
/// characters (a backslash before punctuation stands for that punctuation, `\&` for `&`, `\"`
/// for the quote). A reader without attributes (CommonMark, GFM) shows the braces as a
/// paragraph's text, where the same escape keeps the text from making markup or links.
enum PandocAttribute {
    /// `text` as a double-quoted attribute value, quotes included, on one line.
    static func quoted(_ text: String) -> String { "\"" + MarkdownEscape.text(text) + "\"" }
}
