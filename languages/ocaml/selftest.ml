let () =
  let a, b = Scanf.scanf " %d %d" (fun a b -> (a, b)) in
  let name = Scanf.scanf " %s" (fun s -> s) in
  Printf.printf "Hello, %s! %d + %d = %d\n" name a b (a + b)
