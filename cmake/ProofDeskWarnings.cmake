# Warnings for our own targets only (third-party headers are system includes).
function(proofdesk_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
                         -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
  if(PROOFDESK_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
