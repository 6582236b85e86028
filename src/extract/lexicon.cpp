#include "extract/lexicon.h"

#include "extract/word_set.h"

namespace netra::extract::lexicon {

namespace {

bool In(const WordSet& set, std::string_view w) { return set.contains(w); }

}  // namespace

bool IsHonorific(std::string_view w) {
  static const WordSet kSet = {"h", "hj", "kh", "drs", "dra", "dr", "ir", "prof", "kyai", "kiai",
                               "ust", "ustadz", "ustaz", "tgh", "gus", "bapak", "ibu", "pak", "bu",
                               "hc", "drg", "apt", "ns", "mayjen", "brigjen", "kombes", "akbp",
                               "letkol", "kolonel", "jenderal", "irjen", "laksma", "marsma", "ipda",
                               "iptu", "akp", "kompol", "mayor", "kapten", "habib", "romo", "pdt",
                               "pendeta", "sdr", "saudara", "ny", "nyonya", "tuan", "inf", "kav", "arh", "czi", "cpm",
                               "letjen", "laksamana", "marsekal", "serka", "pelda", "bripka", "aiptu"};
  return In(kSet, w);
}

bool IsDegree(std::string_view w) {
  static const WordSet kSet = {
      "spd", "mpd", "ssos", "msi", "mm", "sh", "mh", "se", "st", "sp", "sstp", "map", "mkes",
      "skm", "sip", "skom", "mt", "ssi", "sag", "mag", "ak", "mba", "ma", "shi", "amd", "shut",
      "spt", "sked", "msc", "phd", "sikom", "mhum", "str", "sap", "mip", "mpa", "mkn", "spsi",
      "mpsi", "ssn", "mkom", "mak", "sth", "mth", "spdi", "mpdi", "sthi", "mhi", "sei", "mei",
      "sfarm", "apt", "sgz", "skep", "ners", "mtr", "ipu", "st", "mars", "spog", "spa", "sppd",
      "mkm", "dea", "meng", "msos", "ssostr", "mhkes", "msm", "ssy", "mr", "ipm", "cht", "ca",
      "ssttp", "sipol", "lc", "ma", "bsc", "ba", "ir", "ms", "mum", "mep", "mph", "mkp", "mpp",
      "msi", "ssp", "svd", "ofm", "pr", "sj", "cssr", "ocd", "phd", "dipl", "sht", "mmpd", "sst", "mtp", "mhs", "msl", "spdsd", "amdkeb", "amkeb", "amk"};
  return In(kSet, w);
}

bool IsUnitWord(std::string_view w) {
  static const WordSet kSet = {
      "administrasi", "umum", "pemerintahan", "kesejahteraan", "rakyat", "perekonomian",
      "pembangunan", "keuangan", "aset", "daerah", "pendapatan", "kepegawaian", "pendidikan",
      "pelatihan", "sumber", "daya", "manusia", "pengembangan", "perencanaan", "penelitian",
      "kesatuan", "bangsa", "politik", "sosial", "kesehatan", "pekerjaan", "perumahan", "kawasan",
      "permukiman", "pertanahan", "lingkungan", "hidup", "perhubungan", "komunikasi", "informatika",
      "statistik", "persandian", "koperasi", "usaha", "kecil", "menengah", "ukm", "umkm",
      "penanaman", "modal", "pelayanan", "terpadu", "satu", "pintu", "kependudukan", "pencatatan",
      "sipil", "pemberdayaan", "masyarakat", "desa", "perempuan", "perlindungan", "anak",
      "pengendalian", "penduduk", "keluarga", "berencana", "kb", "kepemudaan", "olahraga",
      "pariwisata", "ekonomi", "kreatif", "kebudayaan", "kearsipan", "perpustakaan", "pertanian",
      "peternakan", "perikanan", "kelautan", "kehutanan", "perkebunan", "ketahanan", "pangan",
      "perindustrian", "perdagangan", "ketenagakerjaan", "transmigrasi", "tenaga", "kerja",
      "energi", "mineral", "pemadam", "kebakaran", "penyelamatan", "penanggulangan", "bencana",
      "polisi", "pamong", "praja", "satpol", "pp", "hukum", "organisasi", "tata", "protokol",
      "pimpinan", "prokopim", "prokompim", "humas", "hubungan", "kerjasama", "kerja", "bagian",
      "bidang", "sub", "subbagian", "subbag", "seksi", "biro", "badan", "dinas", "kantor",
      "inspektorat", "sekretariat", "sekretaris", "regional", "wilayah", "pusat", "nasional",
      "negara", "aparatur", "reformasi", "birokrasi", "dalam", "negeri", "agama", "kementerian",
      "perbatasan", "pengelola", "penghubung", "panitia", "seleksi", "pansel", "divisi",
      "pencegahan", "penindakan", "pelanggaran", "partisipasi", "antar", "lembaga", "data",
      "informasi", "penyelesaian", "sengketa", "teknis", "penyelenggaraan", "pemilu", "pemilihan",
      "pengawas", "pengawasan", "bawaslu", "kpu", "dprd", "dpr", "dpd", "panwaslu", "panwascam",
      "panwaslucam", "ppk", "pps", "kasn", "bkn", "bkd", "bkpsdm", "bkpp", "bkpsdmd", "bappeda",
      "kesbangpol", "setda", "opd", "kecamatan", "kelurahan", "kabupaten", "kab", "kota",
      "provinsi", "prov", "jabatan", "tinggi", "pratama", "madya", "gubernur", "bupati", "wali",
      "ahli", "staf", "asisten", "i", "ii", "iii", "iv", "v", "kominfo", "diskominfo",
      "diskominfotik", "disdik", "dinkes", "dukcapil", "dispendukcapil", "bpbd", "rsud", "rumah",
      "sakit", "korps", "korpri", "pegawai", "republik", "indonesia", "ri", "komisi", "fraksi",
      "cabang", "kesbang", "linmas", "perangkat", "otonomi", "pemda", "pemkab", "pemkot",
      "pemprov", "sekda", "setwan", "dprk", "ketua", "anggota", "koordinator", "kordiv",
      "kepala", "wakil", "plt", "pj", "pjs", "plh", "bpkad", "bapenda", "dpmptsp", "disnaker",
      "dishub", "dlh", "pupr", "bpkp", "kemenpan", "kemenpanrb", "panrb", "rb", "kemendagri",
      "kanreg", "kpud", "kip", "dkpp", "tni", "polri", "polres", "polda", "kodim", "satuan",
      "unit", "pelaksana", "upt", "uptd", "lapas", "balai", "akademi", "universitas", "fakultas",
      "sekolah", "smp", "sma", "smk", "sd", "man", "mts", "kemenag", "perwakilan", "diklat",
      "bpsdmd", "bpsdm", "psdm", "sdm", "tim", "gugus", "tugas", "satgas", "keamanan", "ketertiban",
      "ketentraman", "perlindungan", "rakyat", "pembinaan", "pemuda", "olah", "raga", "pelabuhan",
      "pemeriksa", "pemerintah", "sekretariat", "komisioner", "pokja", "hubmas", "sosdiklih",
      "parmas", "sdm", "litbang", "hukum", "hak", "asasi", "ham", "direktorat", "jenderal",
      "ditjen", "deputi", "otda", "kasubag", "kabag", "kabid", "kasi", "kasubbag", "kaur", "kadis",
      "kaban", "penggerak", "pkk", "tp-pkk", "mutasi", "promosi", "pembauran", "forum", "fpk", "bakesbangpol", "bangpol", "pokja", "tenaga", "ahli", "pemuda", "pelaporan", "evaluasi", "monitoring", "perizinan", "investasi", "aparat",
      "pengadaan", "barang", "jasa", "kesbangpolinmas", "kependidikan", "tenaga", "guru", "dprd-nya"};
  return In(kSet, w);
}

bool IsNotName(std::string_view w) {
  static const WordSet kSet = {
      "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "januari", "februari",
      "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november",
      "desember", "asn", "pns", "pppk", "pilkada", "pemilu", "pilpres", "pileg", "non", "netralitas",
      "apel", "sosialisasi", "rapat", "kampanye", "pelantikan", "acara", "kegiatan", "dalam",
      "dengan", "yang", "untuk", "saat", "ketika", "kami", "kita", "saya", "dia", "beliau", "ia",
      "mereka", "hal", "menurut", "sementara", "selain", "tahun", "ini", "itu", "para", "seluruh",
      "pada", "di", "ke", "dari", "oleh", "bahwa", "serta", "atau", "namun", "tetapi", "juga",
      "wib", "wita", "wit", "uu", "pasal", "ayat", "nomor", "no", "tentang", "peraturan",
      "undang-undang", "tribunjogja", "com", "id", "net", "co", "the", "and", "of", "baca", "juga",
      "sumber", "foto", "dok", "editor", "penulis", "reporter", "pewarta", "selaku", "sebagai",
      "mengatakan", "menyampaikan", "menegaskan", "mengajak", "berita", "terkait", "sekaligus",
      "pemerintah", "selamat", "bapak", "ibu", "saudara", "hadir", "turut", "dan",
      // places a role is followed by: "Kantor Gubernur Jalan El Tari"
      "jalan", "jl", "jln", "gedung", "kantor", "aula", "ruang", "halaman", "lapangan", "masjid",
      "gereja", "hotel", "pendopo", "balai", "rumah", "gabungan", "bersama",
      // common words that open a clause after a role in headlines
      "begitupun", "begitu", "terakhir", "selanjutnya", "kemudian", "adapun", "sedangkan",
      "jangan", "jadi", "agar", "supaya", "harus", "akan", "telah", "sudah", "belum", "tidak",
      "bukan", "masih", "pun", "lagi", "minta", "ajak", "imbau", "pimpin", "hadiri", "buka",
      "lantik", "gelar", "tinjau", "sidak", "awasi", "titip", "beri", "terima", "raih", "tegas",
      "sebut", "nilai", "dorong", "harap", "pesan", "larang", "kunjungi", "sambut", "ikuti",
      "gandeng", "bahas", "jaga", "wanti-wanti", "warning", "optimis", "siap", "resmi", "beber",
      "bakal", "calon", "dewan", "paslon", "kandidat", "tersangka", "warga", "tokoh"};
  return In(kSet, w);
}

bool IsSpeechVerb(std::string_view w) {
  static const WordSet kSet = {"ujar", "kata", "ucap", "ungkap", "jelas", "tegas", "tutur", "imbuh",
                               "pungkas", "terang", "sebut", "papar", "ajak", "pinta", "harap",
                               "katanya", "ujarnya", "tambah", "lanjut", "tandas", "seru", "urai",
                               "bebernya", "beber", "kata", "timpal", "sambung", "ungkapnya"};
  return In(kSet, w);
}

bool TakesPlaceName(std::string_view w) {
  static const WordSet kSet = {"kecamatan", "kelurahan", "desa", "panwaslucam", "panwascam",
                               "camat", "lurah", "distrik", "nagari", "gampong", "kampung", "ppk",
                               "pps", "kec", "kel"};
  return In(kSet, w);
}

}  // namespace netra::extract::lexicon
