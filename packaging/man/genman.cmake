# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a man page from a roff template and the program's own --help, so the options the
# page lists are the options the program accepts (tests/packaging checks both agree).
#
#   cmake -DPROGRAM=exe -DTEMPLATE=x.1.in -DOUTPUT=x.1 -DVERSION=v
#         [-DSECTIONS="OPTIONS;check"] -P genman.cmake
#
# The template holds the prose. Each @OPTIONS@ / @OPTIONS_<sub>@ placeholder becomes the
# option list of `PROGRAM --help` / `PROGRAM <sub> --help` (entries of an "Options:" block
# of QCommandLineParser's help: "  -x, --long <V>   text", continued by indented lines).
cmake_minimum_required(VERSION 3.25) # new policies: "@VAR@" in a string is literal text

function(help_to_roff output)
  execute_process(COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${PROGRAM} ${ARGN} --help
                  OUTPUT_VARIABLE help RESULT_VARIABLE rc ERROR_VARIABLE errors)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} ${ARGN} --help failed (${rc}): ${errors}")
  endif()
  # Semicolons would split CMake lists; backslashes are roff escapes.
  string(REPLACE ";" "@SEMI@" help "${help}")
  string(REPLACE "\\" "\\e" help "${help}")
  string(REPLACE "\n" ";" lines "${help}")
  set(roff "")
  set(in_options FALSE)
  set(count 0)
  foreach(line IN LISTS lines)
    if(line MATCHES "^Options:")
      set(in_options TRUE)
    elseif(in_options AND line MATCHES "^  (-([^ ]| [^ ])*)  +(.*)$")
      set(spec "${CMAKE_MATCH_1}")
      set(text "${CMAKE_MATCH_3}")
      string(REPLACE "-" "\\-" spec "${spec}")
      string(REGEX REPLACE "(\\\\-[\\\\a-zA-Z0-9-]+)" "\\\\fB\\1\\\\fR" spec "${spec}")
      string(REGEX REPLACE "<([^>]+)>" "\\\\fI\\1\\\\fR" spec "${spec}")
      string(APPEND roff ".TP\n${spec}\n${text}\n")
      math(EXPR count "${count} + 1")
    elseif(in_options AND line MATCHES "^  (-[^ ]*[^ ])$")
      # an option whose name is too long for the column: its text is on the next line
      set(spec "${CMAKE_MATCH_1}")
      string(REPLACE "-" "\\-" spec "${spec}")
      string(APPEND roff ".TP\n\\fB${spec}\\fR\n")
      math(EXPR count "${count} + 1")
    elseif(in_options AND line MATCHES "^      +(.*)$")
      string(APPEND roff "${CMAKE_MATCH_1}\n")
    else()
      set(in_options FALSE)
    endif()
  endforeach()
  if(count EQUAL 0)
    message(FATAL_ERROR "no options found in `${PROGRAM} ${ARGN} --help`")
  endif()
  # A text line must not start with a roff control character.
  string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" roff "${roff}")
  string(REPLACE "@SEMI@" ";" roff "${roff}")
  set(${output} "${roff}" PARENT_SCOPE)
endfunction()

file(READ "${TEMPLATE}" page)
help_to_roff(options)
string(REPLACE "@OPTIONS@" "${options}" page "${page}")
string(REGEX MATCHALL "@OPTIONS_[a-z]+@" subs "${page}")
list(REMOVE_DUPLICATES subs)
foreach(placeholder IN LISTS subs)
  string(REGEX REPLACE "@OPTIONS_([a-z]+)@" "\\1" sub "${placeholder}")
  help_to_roff(sub_options ${sub})
  string(REPLACE "${placeholder}" "${sub_options}" page "${page}")
endforeach()
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
file(WRITE "${OUTPUT}" "${page}")
