// SPDX-License-Identifier: GPL-3.0-or-later
#include "module.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace proofdesk::lang {

namespace fs = std::filesystem;

namespace {
// An import is a sketch, not a data set; refuse anything that could stall the analysis.
constexpr std::uintmax_t kMaxImportBytes = 64u << 20;

bool isInside(const fs::path &child, const fs::path &root)
{
    auto c = child.begin();
    for (auto r = root.begin(); r != root.end(); ++r, ++c) {
        if (r->empty())
            continue;
        if (c == child.end() || *c != *r)
            return false;
    }
    return true;
}
} // namespace

ImportResolver fileSystemResolver(std::string root, bool allowOutside)
{
    std::error_code ec;
    const fs::path rootPath = fs::weakly_canonical(fs::path(root), ec);
    return [rootPath, allowOutside](const std::string &fromFile, const std::string &path)
               -> std::variant<ImportedText, ImportError> {
        std::error_code err;
        fs::path target = fs::path(path);
        if (target.is_relative())
            target = fs::path(fromFile).parent_path() / target;
        target = fs::weakly_canonical(target, err);
        if (err)
            return ImportError{"cannot import \"" + path + "\": " + err.message()};
        if (!allowOutside && !isInside(target, rootPath))
            return ImportError{"cannot import \"" + path + "\": it is outside the project folder " + rootPath.string() +
                               " (allow imports from elsewhere in the settings)"};
        if (!fs::is_regular_file(target, err))
            return ImportError{"cannot import \"" + path + "\": no such file (" + target.string() + ")"};
        if (fs::file_size(target, err) > kMaxImportBytes)
            return ImportError{"cannot import \"" + path + "\": the file is larger than 64 MB"};
        std::ifstream in(target, std::ios::binary);
        if (!in)
            return ImportError{"cannot import \"" + path + "\": the file cannot be read"};
        std::ostringstream ss;
        ss << in.rdbuf();
        return ImportedText{target.string(), ss.str()};
    };
}

} // namespace proofdesk::lang
