#include "hemeroteca/server/request_parser.h"

#include <gtest/gtest.h>

#include "hemeroteca/schema/error.h"

namespace hemeroteca {
namespace {

std::string ParseError(std::string_view query_string) {
  try {
    parse_search_request(parse_query_string(query_string));
    return "ok";
  } catch (const Error& e) {
    return e.what();
  }
}

TEST(RequestParser, DecodesTheQueryString) {
  const SearchRequest request =
      parse_search_request(parse_query_string("q=abasto+de+medicamentos%20oncol%C3%B3gicos&page=2"
                                              "&per_page=5"));
  EXPECT_EQ("abasto de medicamentos oncológicos", request.query);
  EXPECT_EQ(2u, request.page);
  EXPECT_EQ(5u, request.per_page);
}

TEST(RequestParser, NamesTheBadParameter) {
  EXPECT_EQ("parameter per_page must be a whole number from 1 to 100, not \"500\"",
            ParseError("per_page=500"));
  EXPECT_EQ("parameter per_page must be a whole number from 1 to 100, not \"diez\"",
            ParseError("per_page=diez"));
  EXPECT_EQ("parameter page must be a whole number from 1 to 100000, not \"0\"",
            ParseError("page=0"));
  EXPECT_EQ("parameter page must be a whole number from 1 to 100000, not \"99999999999\"",
            ParseError("page=99999999999"));
}

TEST(RequestParser, RejectsBrokenPercentEncoding) {
  EXPECT_EQ("broken percent-encoding in the query string near \"%G1\"", ParseError("q=%G1"));
  EXPECT_EQ("broken percent-encoding in the query string near \"%4\"", ParseError("q=%4"));
}

TEST(RequestParser, AcceptsOnlyWellFormedUtf8) {
  constexpr std::string_view kNotUtf8 = "the query string is not valid UTF-8";
  for (const char* bad :
       {"q=%FF", "q=%C3", "q=%E2%82", "q=%C0%AF", "q=%C1%BF", "q=%E0%80%AF", "q=%ED%A0%80",
        "q=%F0%80%80%AF", "q=%F4%90%80%80", "q=%F5%80%80%80", "q=%80", "q=a%C3%28"}) {
    EXPECT_EQ(kNotUtf8, ParseError(bad)) << bad;
  }
  for (const char* good : {"q=%C3%B1", "q=%E2%82%AC", "q=%ED%9F%BF", "q=%EE%80%80",
                           "q=%F0%9F%98%80", "q=%F4%8F%BF%BF", "q=%C2%80"}) {
    EXPECT_EQ("ok", ParseError(good)) << good;
  }
}

}  // namespace
}  // namespace hemeroteca
