// CRC-32C (Castagnoli), the checksum of iSCSI, ext4 and LevelDB's log
// records: what netra's binary fact files (pipeline/fact_binary.h) put on
// each record, so that a flipped or overwritten byte is caught where it is
// rather than stored as a wrong fact.
#pragma once

#include <cstdint>
#include <string_view>

namespace netra {

// The CRC-32C of `bytes`, continuing from `crc` (the value of the bytes
// before them; 0 to start). Crc32c("123456789") == 0xE3069283. Uses the
// SSE 4.2 instruction where the CPU has it (several GB/s), else a table.
uint32_t Crc32c(std::string_view bytes, uint32_t crc = 0);

}  // namespace netra
