# SPDX-License-Identifier: GPL-3.0-or-later
# The content-addressed result cache (architecture.md, "Cache by content"): cache keys over
# canonical obligation text, and the SQLite store of canonical responses.
add_library(proofdesk_engine_cache STATIC
    ${CMAKE_CURRENT_LIST_DIR}/cachekey.cpp ${CMAKE_CURRENT_LIST_DIR}/cachekey.h
    ${CMAKE_CURRENT_LIST_DIR}/cache.cpp ${CMAKE_CURRENT_LIST_DIR}/cache.h)
target_include_directories(proofdesk_engine_cache PUBLIC ${CMAKE_SOURCE_DIR}/core)
target_link_libraries(proofdesk_engine_cache PUBLIC Qt6::Core Qt6::Sql proofdesk_lang proofdesk_log)
set_target_properties(proofdesk_engine_cache PROPERTIES POSITION_INDEPENDENT_CODE ON)
proofdesk_warnings(proofdesk_engine_cache)
