#include "hemeroteca/server/search_service.h"

#include <nlohmann/json.hpp>

#include "hemeroteca/schema/analyzer.h"
#include "hemeroteca/schema/document_mapper.h"
#include "hemeroteca/schema/error.h"
#include "hemeroteca/schema/query_mapper.h"
#include "hemeroteca/server/highlighter.h"

namespace hemeroteca {
namespace {

// How often a search is retried when a writer commits under it.
constexpr int kAttempts = 3;

}  // namespace

// Xapian::Database objects are not thread-safe; the pool gives each concurrent call its own and
// keeps them open between calls so that a search costs no open().
class SearchService::DatabasePool {
 public:
  explicit DatabasePool(std::filesystem::path path) : path_(std::move(path)) {
    release(open());  // fail at start-up, not at the first search, when there is no index
  }

  class Lease {
   public:
    Lease(DatabasePool& pool, std::unique_ptr<Xapian::Database> database)
        : pool_(pool), database_(std::move(database)) {}
    ~Lease() { pool_.release(std::move(database_)); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Xapian::Database& operator*() { return *database_; }
    Xapian::Database* operator->() { return database_.get(); }

   private:
    DatabasePool& pool_;
    std::unique_ptr<Xapian::Database> database_;
  };

  Lease acquire() {
    std::unique_ptr<Xapian::Database> database;
    {
      std::lock_guard lock(mutex_);
      if (!idle_.empty()) {
        database = std::move(idle_.back());
        idle_.pop_back();
      }
    }
    if (!database) {
      database = open();
    } else {
      database->reopen();  // see the latest commit
    }
    return Lease(*this, std::move(database));
  }

 private:
  std::unique_ptr<Xapian::Database> open() const {
    try {
      return std::make_unique<Xapian::Database>(path_.string());
    } catch (const Xapian::DatabaseOpeningError& e) {
      throw Error(ErrorKind::kNotFound, "no index at " + path_.string() +
                                            ": run `hemeroteca import` first, or pass --db (" +
                                            e.get_msg() + ")");
    }
  }

  void release(std::unique_ptr<Xapian::Database> database) {
    if (!database) return;
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(database));
  }

  std::filesystem::path path_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Xapian::Database>> idle_;
};

SearchService::SearchService(const Schema& schema, std::filesystem::path database)
    : schema_(schema), pool_(std::make_unique<DatabasePool>(std::move(database))) {}

SearchService::~SearchService() = default;

SearchResponse SearchService::search(const SearchRequest& request) const {
  if (request.page < 1 || request.page > kMaxPage) {
    throw Error(ErrorKind::kInvalidArgument,
                "page must be between 1 and " + std::to_string(kMaxPage));
  }
  if (request.per_page < 1 || request.per_page > kMaxPerPage) {
    throw Error(ErrorKind::kInvalidArgument,
                "per_page must be between 1 and " + std::to_string(kMaxPerPage));
  }
  const auto started = std::chrono::steady_clock::now();
  const Xapian::valueno date_slot = *schema_.field(field::kDate).slot;
  for (int attempt = 1;; ++attempt) {
    auto database = pool_->acquire();
    try {
      QueryMapper mapper(schema_, *database);
      const Xapian::Query query = mapper.parse(request.query);
      Xapian::Enquire enquire(*database);
      enquire.set_query(query);
      if (query.get_type() == Xapian::Query::LEAF_MATCH_ALL) {
        enquire.set_sort_by_value_then_relevance(date_slot, /*reverse=*/true);
      }
      const Xapian::doccount first = (request.page - 1) * request.per_page;
      const Xapian::MSet matches = enquire.get_mset(first, request.per_page, 100);

      SearchResponse response;
      response.page = request.page;
      response.per_page = request.per_page;
      response.total = matches.get_matches_estimated();
      const QueryTerms terms = mapper.terms_of(query);
      Analyzer analyzer;
      for (auto it = matches.begin(); it != matches.end(); ++it) {
        const Record record = DocumentMapper::to_record(it.get_document());
        SearchHit hit;
        hit.id = record.id;
        hit.title = record.title;
        hit.date = record.date;
        hit.number = record.number;
        hit.score = it.get_weight();
        std::string text;
        for (const std::string& highlight : record.highlights) text += highlight + " ";
        text += joined_body(record);
        hit.snippet = snippet(text, terms, analyzer);
        response.results.push_back(std::move(hit));
      }
      response.took_ms = std::chrono::duration<double, std::milli>(
                             std::chrono::steady_clock::now() - started)
                             .count();
      return response;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) {
        throw Error(ErrorKind::kUnavailable, "the index is being rewritten; try again");
      }
    }
  }
}

std::optional<Record> SearchService::bulletin(const std::string& id) const {
  DocumentMapper mapper(schema_);
  const std::string term = mapper.id_term(id);
  for (int attempt = 1;; ++attempt) {
    auto database = pool_->acquire();
    try {
      Xapian::PostingIterator posting = database->postlist_begin(term);
      if (posting == database->postlist_end(term)) return std::nullopt;
      return DocumentMapper::to_record(database->get_document(*posting));
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt == kAttempts) {
        throw Error(ErrorKind::kUnavailable, "the index is being rewritten; try again");
      }
    }
  }
}

Xapian::doccount SearchService::document_count() const {
  auto database = pool_->acquire();
  return database->get_doccount();
}

nlohmann::json to_json(const SearchResponse& response) {
  nlohmann::json results = nlohmann::json::array();
  for (const SearchHit& hit : response.results) {
    results.push_back({
        {"id", hit.id},
        {"title", hit.title},
        {"date", hit.date ? nlohmann::json(*hit.date) : nlohmann::json(nullptr)},
        {"number", hit.number ? nlohmann::json(*hit.number) : nlohmann::json(nullptr)},
        {"snippet", hit.snippet},
        {"score", hit.score},
    });
  }
  return {
      {"total", response.total},     {"page", response.page},
      {"per_page", response.per_page}, {"results", std::move(results)},
      {"took_ms", response.took_ms},
  };
}

}  // namespace hemeroteca
