// Quotes: what an official said, after a speech verb ("destacó que ...") or in quotation marks
// with a speech verb before or after ("“…”, enfatizó").
#include <algorithm>
#include <cctype>
#include <string>

#include "entity_scan.h"

namespace hemeroteca::entities {
namespace {

constexpr std::size_t npos = std::string_view::npos;

// Third person singular, preterite and present: the forms bulletins report speech with.
constexpr std::string_view kSpeechVerbs[] = {
    "destacó",    "destaca",  "señaló",   "señala",    "afirmó",     "afirma",     "dijo",
    "dice",       "indicó",   "indica",   "enfatizó",  "enfatiza",   "subrayó",    "subraya",
    "precisó",    "precisa",  "detalló",  "detalla",   "puntualizó", "puntualiza", "resaltó",
    "resalta",    "explicó",  "explica",  "aseguró",   "asegura",    "anunció",    "anuncia",
    "informó",    "informa",  "agregó",   "agrega",    "añadió",     "añade",      "sostuvo",
    "sostiene",   "expresó",  "expresa",  "comentó",   "comenta",    "declaró",    "declara",
    "mencionó",   "menciona", "reiteró",  "reitera",   "refirió",    "refiere",    "manifestó",
    "manifiesta", "apuntó",   "apunta",   "consideró", "considera",  "advirtió",   "advierte",
    "recordó",    "recuerda", "aclaró",   "aclara",    "remarcó",    "remarca",    "externó",
    "reconoció",  "reconoce", "insistió", "insiste",   "planteó",    "plantea",    "resumió",
    "concluyó",   "finalizó", "expuso",   "expone",    "comunicó",   "confirmó",   "confirma",
    "admitió",    "acotó",    "abundó",   "sentenció", "aseveró",    "asevera",    "argumentó",
    "argumenta",  "estimó",   "estima",   "celebró"};
constexpr WordSet kSpeechVerbSet(kSpeechVerbs);

// Words that may stand between a speech verb and its "que": "dijo, además, que".
constexpr std::string_view kInserts[] = {"ademas",     "tambien", "asimismo", "luego", "finalmente",
                                         "igualmente", "incluso", "ayer",     "hoy",   "entonces"};

// Nouns that refer back to the last official named: "El mandatario señaló que".
constexpr std::string_view kAnaphoric[] = {"mandatario",  "mandataria", "funcionario",
                                           "funcionaria", "servidor",   "servidora",
                                           "legislador",  "legisladora"};

// Clause openers left dangling when a quote is cut before the next verb: ", por ello,".
constexpr std::string_view kDangling[] = {"por",    "ello",     "lo",      "que", "y", "tanto",
                                          "ademas", "asimismo", "tambien", "y",   "e"};

template <std::size_t N>
bool in(const std::string_view (&words)[N], std::string_view word) {
  return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

struct Span {
  std::size_t open = 0;   // token of the opening mark
  std::size_t close = 0;  // token of the closing mark (or one past the paragraph's last)
};

class QuoteFinder {
 public:
  explicit QuoteFinder(Scan& scan) : scan_(scan), text_(scan.text) {
    find_spans();
    speech_verb_.reserve(text_.size());
    for (const Token& token : text_.tokens) {
      speech_verb_.push_back(token.word && kSpeechVerbSet.contains(token.lower));
    }
  }

  // In reading order, so "who spoke last" means the same as for a reader.
  void run() {
    std::size_t next_span = 0;
    for (std::size_t i = 0; i < text_.size(); ++i) {
      while (next_span < spans_.size() && spans_[next_span].open <= i) {
        if (!used_[next_span]) direct_before_verb(next_span);
        ++next_span;
      }
      if (is_speech_verb(i) && !indirect(i)) direct_after_verb(i);
    }
    std::sort(found_.begin(), found_.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [position, quote] : found_) scan_.quotes.push_back(std::move(quote));
  }

 private:
  void find_spans() {
    std::size_t open = npos;
    for (std::size_t i = 0; i < text_.size(); ++i) {
      const bool new_paragraph = i > 0 && text_[i].paragraph != text_[i - 1].paragraph;
      if (new_paragraph && open != npos) {
        spans_.push_back({open, i});
        open = npos;
      }
      if (text_[i].word) continue;
      const std::string_view mark = text_[i].text;
      if (open == npos && is_open_quote(mark)) {
        open = i;
      } else if (open != npos && is_close_quote(mark) &&
                 (mark != "\"" || text_[open].text == mark || !curly_close_ahead(i))) {
        spans_.push_back({open, i});
        open = npos;
      }
    }
    if (open != npos) spans_.push_back({open, text_.size()});
    used_.assign(spans_.size(), false);
  }

  // Whether a curly closing mark follows i in its paragraph. A straight mark inside “…” is
  // an inner quotation when one does, else a careless close (“…").
  bool curly_close_ahead(std::size_t i) const {
    for (std::size_t k = i + 1; k < text_.size() && text_[k].paragraph == text_[i].paragraph; ++k) {
      if (!text_[k].word && is_close_quote(text_[k].text) && text_[k].text != "\"") return true;
    }
    return false;
  }

  bool in_quote(std::size_t i) const {
    return std::any_of(spans_.begin(), spans_.end(),
                       [&](const Span& s) { return s.open < i && i < s.close; });
  }

  bool is_speech_verb(std::size_t i) const { return speech_verb_[i] && !in_quote(i); }

  // Preterite right after a quotation: "”, incentivó", "”, remató".
  bool is_reporting_word(std::size_t i) const {
    const Token& t = text_[i];
    return t.word && !t.capitalized && !t.upper && (speech_verb_[i] || t.lower.ends_with("ó"));
  }

  std::size_t paragraph_end(std::size_t i) const {
    while (i < text_.size() && (i == 0 || text_[i].paragraph == text_[i - 1].paragraph)) ++i;
    return i;
  }

  const Span* span_opening_at(std::size_t i) const {
    for (const Span& s : spans_) {
      if (s.open == i) return &s;
    }
    return nullptr;
  }

  // The official who said it: named right after the verb, else the subject named before it in
  // the sentence, else (unless an unnamed subject stands before the verb) the last official
  // who acted as a subject.
  std::optional<std::size_t> speaker(std::size_t verb, std::size_t before) {
    const std::size_t first = text_.sentence_begin(verb);
    for (const PersonMention& m : scan_.person_mentions) {
      if (m.begin <= verb || m.begin > verb + 3 || in_quote(m.begin)) continue;
      bool adjacent = true;
      for (std::size_t k = verb + 1; k < m.begin; ++k)
        adjacent = adjacent && is_article(text_[k].folded);
      if (adjacent) return m.entity;
    }
    std::optional<std::size_t> latest;
    std::optional<std::size_t> in_sentence;
    latest_after_unnamed_ = false;
    for (const PersonMention& m : scan_.person_mentions) {
      if (m.end > before || !m.subject || in_quote(m.begin)) continue;
      latest = m.entity;
      // "El IMSS informó que ... Detalló que ...": the unnamed subject goes on speaking.
      latest_after_unnamed_ = unnamed_since_ == npos || m.begin > unnamed_since_;
      if (m.begin >= first) in_sentence = m.entity;
    }
    if (in_sentence) return in_sentence;
    // "se informó que…", "se reitera que…": no one in particular, and the last speaker may
    // go on after it.
    if (verb > 0 && text_.is(verb - 1, "se")) return std::nullopt;
    if (unnamed_subject_before(verb) || unnamed_subject_after(verb)) {
      unnamed_since_ = verb;
      return std::nullopt;
    }
    return latest_after_unnamed_ ? latest : std::nullopt;
  }

  // "la especialista explicó", "el IMSS informó", "…, Marisa Mazari Hiriart, subrayó" (a name
  // that is no official's): someone else speaks.
  bool unnamed_subject_before(std::size_t verb) const {
    if (verb == 0 || verb == text_.sentence_begin(verb)) return false;
    std::size_t k = verb - 1;
    if (scan_.organization_at(k) != nullptr) return true;
    if (is_punct(text_[k], ",") && k > text_.sentence_begin(verb)) --k;
    if (text_[k].capitalized && name_word(scan_, k) && !mentioned(k) && k > 0 &&
        name_word(scan_, k - 1)) {
      return true;
    }
    k = verb - 1;
    const Token& t = text_[k];
    if (!t.word || t.capitalized || t.upper || in(kAnaphoric, t.lower)) return false;
    return k > 0 && text_[k - 1].word && is_article(text_[k - 1].folded);
  }

  // "”, dijo el vocero.": someone the text does not name as an official speaks.
  bool unnamed_subject_after(std::size_t verb) const {
    const std::size_t k = verb + 1;
    return k + 1 < text_.size() && text_[k].sentence == text_[verb].sentence && text_[k].word &&
           is_article(text_[k].folded) && text_[k + 1].word && !text_[k + 1].capitalized &&
           !text_[k + 1].upper && !mentioned(k) && !mentioned(k + 1);
  }

  bool mentioned(std::size_t i) const {
    return std::any_of(scan_.person_mentions.begin(), scan_.person_mentions.end(),
                       [&](const PersonMention& m) { return m.begin <= i && i < m.end; });
  }

  std::string quote_text(std::size_t first, std::size_t last) const {
    // "señaló que, de 2021 a la fecha, …": the clause's comma is not part of what was said.
    while (first < last && (is_punct(text_[first], ",") || is_punct(text_[first], ";") ||
                            is_punct(text_[first], ":"))) {
      ++first;
    }
    while (last > first && !text_[last - 1].word && !is_close_quote(text_[last - 1].text) &&
           !is_punct(text_[last - 1], ")") && !is_punct(text_[last - 1], "?") &&
           !is_punct(text_[last - 1], "!")) {
      --last;
    }
    if (last <= first) return "";
    std::string_view quote = text_.span(first, last - 1);
    if (is_open_quote(text_[first].text) && is_close_quote(text_[last - 1].text)) {
      const Span* whole = span_opening_at(first);
      if (whole != nullptr && whole->close == last - 1) {
        quote = text_.span(first + 1, last - 2 >= first + 1 ? last - 2 : first + 1);
      }
    }
    return std::string(quote);
  }

  void add(std::size_t position, std::size_t verb, std::size_t person, std::string text) {
    if (count_words(text) < 3 || scan_.people[person].id.empty()) return;
    found_.emplace_back(position,
                        Quote{scan_.people[person].id, text_[verb].lower, std::move(text)});
  }

  void mark_spans_inside(std::size_t first, std::size_t last) {
    for (std::size_t s = 0; s < spans_.size(); ++s) {
      if (spans_[s].open >= first && spans_[s].open < last) used_[s] = true;
    }
  }

  // The token after a speech verb and the inserts that may follow it ("dijo, además, que").
  // The speaker may stand between them too: "Señala Zoé Robledo que ...".
  std::size_t after_inserts(std::size_t verb) const {
    const std::size_t sentence_end = text_.sentence_end(verb);
    std::size_t k = verb + 1;
    while (k < sentence_end && k - verb <= 5 &&
           (is_punct(text_[k], ",") || in(kInserts, text_[k].folded))) {
      ++k;
    }
    std::size_t subject = k;
    while (subject < sentence_end && is_article(text_[subject].folded)) ++subject;
    for (const PersonMention& m : scan_.person_mentions) {
      if (m.begin != subject) continue;
      k = m.end;
      while (k < sentence_end && is_punct(text_[k], ",")) ++k;
      break;
    }
    return k;
  }

  bool introduces_that(std::size_t verb) const {
    const std::size_t k = after_inserts(verb);
    return k < text_.sentence_end(verb) && text_[k].folded == "que";
  }

  // "destacó que ...", "dijo, además, que ...": to the end of the sentence, or of a quotation
  // opened in it, or to the next speech verb's clause.
  bool indirect(std::size_t verb) {
    const std::size_t sentence_end = text_.sentence_end(verb);
    if (!introduces_that(verb)) return false;
    const std::size_t first = after_inserts(verb) + 1;
    std::size_t last = sentence_end;
    for (const Span& s : spans_) {
      if (s.open >= first && s.open < last && s.close >= last)
        last = std::min(s.close + 1, text_.size());
    }
    for (std::size_t next = first; next < last; ++next) {
      const bool reporting = next > first && is_punct(text_[next - 1], ",") &&
                             (next + 1 >= last || !text_[next + 1].word);
      if (!is_speech_verb(next) || !(introduces_that(next) || reporting)) continue;
      std::size_t cut = next;
      while (cut > first &&
             (is_punct(text_[cut - 1], ",") || in(kDangling, text_[cut - 1].folded))) {
        --cut;
      }
      last = cut;
      break;
    }
    if (first >= last) return false;
    mark_spans_inside(first, last);
    if (const auto person = speaker(verb, verb)) add(first, verb, *person, quote_text(first, last));
    return true;
  }

  // "señaló: “...”" (the quotation may open the next paragraph) and "recordó ..., “...”".
  void direct_after_verb(std::size_t verb) {
    std::size_t k = verb + 1;
    const std::size_t limit = paragraph_end(verb);
    if (k < text_.size() && is_punct(text_[k], ":")) ++k;
    for (std::size_t s = 0; s < spans_.size(); ++s) {
      const Span& span = spans_[s];
      if (used_[s] || span.open < k) continue;
      const bool same_sentence =
          span.open < limit && text_[span.open].sentence == text_[verb].sentence;
      const bool opens_next = span.open == k && k == limit;
      if (!same_sentence && !opens_next) break;
      used_[s] = true;
      if (const auto person = speaker(verb, verb)) {
        add(span.open, verb, *person,
            quote_text(span.open, std::min(span.close + 1, text_.size())));
      }
      return;
    }
  }

  // "“…”, enfatizó." and "“…”, incentivó el titular del ISSSTE".
  void direct_before_verb(std::size_t s) {
    const Span& span = spans_[s];
    if (span.close >= text_.size()) return;
    const std::size_t limit = paragraph_end(span.close);
    std::size_t k = span.close + 1;
    if (k < limit && is_punct(text_[k], ",")) ++k;
    for (std::size_t v = k; v < limit && v - k < 6; ++v) {
      if (!text_[v].word && !is_punct(text_[v], ",")) return;
      if (!is_reporting_word(v)) continue;
      used_[s] = true;
      if (const auto person = speaker(v, span.open)) {
        add(span.open, v, *person, quote_text(span.open, span.close + 1));
      }
      return;
    }
  }

  Scan& scan_;
  const Text& text_;
  std::vector<Span> spans_;
  std::vector<bool> used_;
  std::vector<bool> speech_verb_;  // per token: one of kSpeechVerbs
  std::vector<std::pair<std::size_t, Quote>> found_;
  std::size_t unnamed_since_ = npos;  // the last speech verb whose subject was not an official
  bool latest_after_unnamed_ = false;
};

}  // namespace

void find_quotes(Scan& scan) { QuoteFinder(scan).run(); }

}  // namespace hemeroteca::entities
