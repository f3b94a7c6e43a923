(* The smallest divisor, in OCaml (native ints are 63-bit: 10^12 fits). *)
let () =
  let n = Scanf.scanf " %d" (fun x -> x) in
  let rec find d =
    if d * d > n then print_endline "IMPOSSIBLE"
    else if n mod d = 0 then Printf.printf "%d %d\n" d (n / d)
    else find (d + 1)
  in
  find 2
