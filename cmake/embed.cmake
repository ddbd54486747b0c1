# Compiles text files (rule docs, built-in policies, report templates) into the library as
# a sorted table of {name, contents}, so the binary needs no data files at run time.
function(appexguard_embed target)
  file(GLOB_RECURSE docs CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/rules/*.md)
  file(GLOB_RECURSE policies CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/contracts/policies/*.toml)
  file(GLOB_RECURSE templates CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/templates/*)
  set(inputs ${docs} ${policies} ${templates})
  list(SORT inputs)
  set(out ${PROJECT_BINARY_DIR}/generated/embedded_files.cpp)
  # A list cannot pass through the shell as ";"-separated; "|" never occurs in our file names.
  string(REPLACE ";" "|" inputs_arg "${inputs}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DROOT=${PROJECT_SOURCE_DIR} "-DINPUTS=${inputs_arg}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_gen.cmake
    DEPENDS ${inputs} ${PROJECT_SOURCE_DIR}/cmake/embed_gen.cmake
    COMMENT "Embedding ${target} data files"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
