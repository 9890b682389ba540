# Warnings for our own targets only (third-party headers are system includes).
function(proofdesk_warnings target)
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    set(shadow -Wshadow=local)
  else()
    set(shadow -Wshadow-uncaptured-local)
  endif()
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic ${shadow}
                         -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  if(PROOFDESK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
