let () =
  (* Read the input with Scanf.scanf, e.g. let n = Scanf.scanf " %d" (fun x -> x) in *)
  (* Write the answer with Printf.printf "%d\n" answer *)
  ()
