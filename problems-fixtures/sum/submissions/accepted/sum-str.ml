(* Uses the Str library, which Kattis links into every OCaml program (issue 13). *)
let () =
  match Str.split (Str.regexp "[ \t]+") (String.trim (input_line stdin)) with
  | [a; b] -> Printf.printf "%Ld\n" (Int64.add (Int64.of_string a) (Int64.of_string b))
  | _ -> exit 1
