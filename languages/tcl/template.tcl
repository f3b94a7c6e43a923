set tokens [regexp -all -inline {\S+} [read stdin]]
# tokens holds the input's whitespace-separated tokens, e.g. set n [lindex $tokens 0]

# Write the answer with puts.
