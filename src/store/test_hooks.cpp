#include "store/test_hooks.h"

#include "store/store_internal.h"

namespace netra::store {

namespace {

Result<rocksdb::ColumnFamilyHandle*> HandleNamed(Store::Impl* impl, const std::string& name) {
  for (int i = 0; i < kNumCfs; ++i) {
    if (name == CfName(static_cast<Cf>(i))) return impl->cf(static_cast<Cf>(i));
  }
  return Status::InvalidArgument("no column family " + name);
}

}  // namespace

// Store's friend: the one way into Store::impl_ from outside the class.
struct StoreTestAccess {
  static Store::Impl* ImplOf(Store* store) { return store->impl_.get(); }
};

Status SetFormatVersionForTesting(Store* store, uint32_t version) {
  return PutRawForTesting(store, CfName(kMeta), std::string(kMetaVersionKey), std::to_string(version));
}

Status MakeFormat2ForTesting(Store* store) {
  Store::Impl* impl = StoreTestAccess::ImplOf(store);
  if (!impl->HasCf(kText)) return SetFormatVersionForTesting(store, 2);
  NETRA_RETURN_IF_ERROR(FromRocks(impl->db->DropColumnFamily(impl->cf(kText)), "test hook"));
  NETRA_RETURN_IF_ERROR(FromRocks(impl->db->DestroyColumnFamilyHandle(impl->cf(kText)), "test hook"));
  impl->cfs[kText] = nullptr;
  return SetFormatVersionForTesting(store, 2);
}

Status PutRawForTesting(Store* store, const std::string& cf, const std::string& key,
                        const std::optional<std::string>& value) {
  Store::Impl* impl = StoreTestAccess::ImplOf(store);
  NETRA_ASSIGN_OR_RETURN(rocksdb::ColumnFamilyHandle * handle, HandleNamed(impl, cf));
  if (handle == nullptr) return Status::InvalidArgument("the store has no column family " + cf);
  rocksdb::WriteOptions wo;
  wo.sync = true;
  rocksdb::Status s = value ? impl->db->Put(wo, handle, key, *value) : impl->db->Delete(wo, handle, key);
  return FromRocks(s, "test hook");
}

Status CreateForeignRocksDbForTesting(const std::string& dir, const std::string& extra_cf, bool with_data) {
  rocksdb::Options options;
  options.create_if_missing = true;
  rocksdb::DB* db = nullptr;
  NETRA_RETURN_IF_ERROR(FromRocks(rocksdb::DB::Open(options, dir, &db), "creating " + dir));
  rocksdb::Status s = with_data ? db->Put(rocksdb::WriteOptions(), "some", "data") : rocksdb::Status::OK();
  if (s.ok() && !extra_cf.empty()) {
    rocksdb::ColumnFamilyHandle* handle = nullptr;
    s = db->CreateColumnFamily(rocksdb::ColumnFamilyOptions(), extra_cf, &handle);
    if (s.ok()) s = db->DestroyColumnFamilyHandle(handle);
  }
  rocksdb::Status closed = db->Close();
  delete db;
  return FromRocks(s.ok() ? closed : s, "writing " + dir);
}

}  // namespace netra::store
