gets stdin t
for {set i 0} {$i < $t} {incr i} {
    gets stdin line
    puts [join [lreverse [split $line " "]] " "]
}
