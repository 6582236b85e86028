#include "store/key_codec.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <tuple>
#include <vector>

#include "store/record_codec.h"
#include "store/term_hash.h"

namespace netra::store {
namespace {

TEST_SUITE("store.key_codec") {
  TEST_CASE("fixed64 big-endian and varints round trip") {
    for (uint64_t v :
         {uint64_t{0}, uint64_t{1}, uint64_t{127}, uint64_t{128}, uint64_t{300}, uint64_t{1} << 35, UINT64_MAX}) {
      std::string fixed;
      PutFixed64BE(&fixed, v);
      REQUIRE(fixed.size() == 8);
      CHECK(DecodeFixed64BE(fixed.data()) == v);
      std::string var;
      PutVarint64(&var, v);
      std::string_view in = var;
      uint64_t back = 0;
      REQUIRE(GetVarint64(&in, &back));
      CHECK(back == v);
      CHECK(in.empty());
    }
    std::string_view truncated = "\x80\x80";
    uint64_t v = 0;
    CHECK_FALSE(GetVarint64(&truncated, &v));
  }

  TEST_CASE("big-endian ids sort bytewise in numeric order") {
    std::string a, b;
    PutFixed64BE(&a, 255);
    PutFixed64BE(&b, 256);
    CHECK(a < b);
  }

  TEST_CASE("triple keys round trip in every order") {
    TripleIds t{0x0102030405060708ull, 0xfffffffffffffff0ull, 42};
    for (IndexOrder order : {IndexOrder::kSpo, IndexOrder::kPos, IndexOrder::kOsp}) {
      std::string key = EncodeTripleKey(t, order);
      REQUIRE(key.size() == kTripleKeyBytes);
      TripleIds back;
      REQUIRE(DecodeTripleKey(key, order, &back));
      CHECK(back == t);
    }
    TripleIds ignored;
    CHECK_FALSE(DecodeTripleKey("short", IndexOrder::kSpo, &ignored));
  }

  TEST_CASE("POS keys order by predicate, then object, then subject") {
    std::mt19937_64 rng(7);
    std::vector<TripleIds> triples;
    for (int i = 0; i < 500; ++i) triples.push_back({rng() % 4, rng() % 4, rng() % 4});
    auto check_order = [&](IndexOrder order, auto project) {
      std::vector<TripleIds> by_key = triples, by_tuple = triples;
      std::sort(by_key.begin(), by_key.end(),
                [&](auto& x, auto& y) { return EncodeTripleKey(x, order) < EncodeTripleKey(y, order); });
      std::sort(by_tuple.begin(), by_tuple.end(), [&](auto& x, auto& y) { return project(x) < project(y); });
      for (size_t i = 0; i < triples.size(); ++i) CHECK(project(by_key[i]) == project(by_tuple[i]));
    };
    check_order(IndexOrder::kSpo, [](const TripleIds& t) { return std::tuple(t.s, t.p, t.o); });
    check_order(IndexOrder::kPos, [](const TripleIds& t) { return std::tuple(t.p, t.o, t.s); });
    check_order(IndexOrder::kOsp, [](const TripleIds& t) { return std::tuple(t.o, t.s, t.p); });
  }

  TEST_CASE("every triple pattern is a prefix scan of one index") {
    TripleIds t{11, 22, 33};
    TripleIds other{11, 99, 33};
    for (int mask = 0; mask < 8; ++mask) {
      CAPTURE(mask);
      std::optional<TermId> s, p, o;
      if (mask & 4) s = t.s;
      if (mask & 2) p = t.p;
      if (mask & 1) o = t.o;
      ScanPlan plan = PlanScan(s, p, o);
      int bound = __builtin_popcount(static_cast<unsigned>(mask));
      CHECK(plan.prefix.size() == kIdBytes * static_cast<size_t>(bound));
      // The matching triple's key starts with the prefix...
      CHECK(EncodeTripleKey(t, plan.order).substr(0, plan.prefix.size()) == plan.prefix);
      // ...and a triple differing in a bound position does not.
      if (mask & 2) CHECK(EncodeTripleKey(other, plan.order).substr(0, plan.prefix.size()) != plan.prefix);
    }
    CHECK(PlanScan(1, std::nullopt, 3).order == IndexOrder::kOsp);
    CHECK(PlanScan(std::nullopt, 2, 3).order == IndexOrder::kPos);
    CHECK(PlanScan(std::nullopt, std::nullopt, 3).order == IndexOrder::kOsp);
    CHECK(PlanScan(1, 2, std::nullopt).order == IndexOrder::kSpo);
  }

  TEST_CASE("a count key sorts just before the supports of its triple") {
    TripleIds t{1, 2, 3}, next{1, 2, 4};
    std::string count = EncodeCountKey(t);
    std::string support = EncodeSupportKey(t, "a");
    CHECK(count < support);
    CHECK(support < EncodeCountKey(next));
    TripleIds back;
    std::string_view doc;
    REQUIRE(DecodeProvenanceKey(support, &back, &doc));
    CHECK(back == t);
    CHECK(doc == "a");
    REQUIRE(DecodeProvenanceKey(count, &back, &doc));
    CHECK(back == t);
    CHECK(doc.empty());
  }

  TEST_CASE("provenance keys lead with the predicate (format version 2)") {
    // Subject 9 sorts after subject 1 in SPO order, but its predicate 1
    // sorts first here.
    TripleIds a{9, 1, 9}, b{1, 2, 1};
    CHECK(EncodeCountKey(a) < EncodeCountKey(b));
    CHECK(EncodeSupportKey(a, "zz") < EncodeCountKey(b));
    CHECK(ProvenanceOrderLess(a, b));
    CHECK_FALSE(ProvenanceOrderLess(b, a));
    CHECK_FALSE(ProvenanceOrderLess(a, a));
    std::string key = EncodeCountKey({0x0102030405060708ull, 0x1112131415161718ull, 0x2122232425262728ull});
    CHECK(key == std::string("\x11\x12\x13\x14\x15\x16\x17\x18\x01\x02\x03\x04\x05\x06\x07\x08"
                             "\x21\x22\x23\x24\x25\x26\x27\x28",
                             24));
  }
}

TEST_SUITE("store.record_codec") {
  TEST_CASE("spans and document records round trip") {
    std::vector<Span> spans = {{1, 5, "regions", 0.9f}, {1, 5, "regions", 1.0f}, {7, 9, "", 0.0f}};
    std::sort(spans.begin(), spans.end(), SpanLess);
    std::vector<Span> back;
    REQUIRE(DecodeSpans(EncodeSpans(spans), &back));
    REQUIRE(back.size() == spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
      CHECK(back[i].begin == spans[i].begin);
      CHECK(back[i].extractor == spans[i].extractor);
      CHECK(back[i].confidence == spans[i].confidence);
    }
    DocRecord record{0xdeadbeefull, "{\"x\":1}", {{1, 2, 3}, {4, 5, 6}}};
    DocRecord decoded;
    REQUIRE(DecodeDocRecord(EncodeDocRecord(record), &decoded));
    CHECK(decoded.content_hash == record.content_hash);
    CHECK(decoded.metadata == record.metadata);
    CHECK(decoded.triples == record.triples);
  }

  TEST_CASE("truncated values are rejected") {
    std::string spans = EncodeSpans({{1, 2, "x", 1.0f}});
    std::vector<Span> out;
    CHECK_FALSE(DecodeSpans(spans.substr(0, spans.size() - 1), &out));
    std::string doc = EncodeDocRecord({1, "m", {{1, 2, 3}}});
    DocRecord record;
    CHECK_FALSE(DecodeDocRecord(doc.substr(0, doc.size() - 1), &record));
    uint64_t n = 0;
    CHECK_FALSE(DecodeCount("1234567", &n));
  }
}

TEST_SUITE("store.term_hash") {
  TEST_CASE("term ids are pinned: changing the hash is a format break") {
    // If this fails, HashTerm changed: every existing store would be unreadable.
    model::Term region = model::Term::Entity("Region:16.73");
    CHECK(HashTerm(region.Encode()) == HashTerm(std::string("\x01Region:16.73")));
    CHECK(HashTerm("") == 0x620fc30d1f57d859ull);
    CHECK(HashTerm(region.Encode()) == 0x7f63f51154d0ba29ull);
    CHECK(HashTerm(model::Term::String("Region:16.73").Encode()) != HashTerm(region.Encode()));
  }
}

}  // namespace
}  // namespace netra::store
