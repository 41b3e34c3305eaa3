// Small text helpers shared by the extractors.
#pragma once

#include <unicode/umachine.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace hemeroteca {

// A sentence of a paragraph, with its byte range in that paragraph.
struct Sentence {
  std::string_view text;  // views into the paragraph passed to split_sentences()
  std::size_t begin = 0;
};

// Splits Spanish running text into sentences at '.', '!', '?' and '…' followed by a space and
// an upper-case letter, a digit, an opening quote or '¿'/'¡'. Abbreviations that end in a
// period ("Dr.", "Lic.", "No.", "Ver.", "D.F.", initials) do not end a sentence.
std::vector<Sentence> split_sentences(std::string_view paragraph);

// Trims ASCII white space and no-break spaces from both ends.
std::string_view trim_spaces(std::string_view text);

// `text` with its ASCII letters upper-cased ("unam-dgcs" -> "UNAM-DGCS").
std::string ascii_upper(std::string_view text);

// Whether `text`, trimmed, is a web address and nothing else, as a line of its own: "https://…",
// "www.imss.gob.mx", or a bare host a page prints under its title ("channel1la.com",
// "gob.mx/imss"). Not the abbreviations bulletins write with periods ("B.C.", "D.F.", "S.A. de
// C.V.").
bool is_link_line(std::string_view text);

// Whether `text` is an image's file name alone, as a page's picture leaves it: "comunicado 2021
// v2.jpg", "IMG_2044.JPG".
bool is_image_file_name(std::string_view text);

// What follows the last space or comma of `text`, all of it when there is none ("Xalapa, Ver."
// -> "Ver.").
std::string_view last_word(std::string_view text);

// The words of `text` parted by spaces, empty ones left out ("Senado de la República").
std::vector<std::string_view> words_of(std::string_view text);

// The first code point of `text`, negative when it is empty or does not open with valid UTF-8;
// `length`, when given, gets the code point's size in bytes.
UChar32 first_code_point(std::string_view text, int32_t* length = nullptr);

}  // namespace hemeroteca
