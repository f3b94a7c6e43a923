# Verdict's driver for function problems in Ruby (docs/FUNCTION-PROBLEMS.md).
# main.rb requires this file at the start of its first line, so the tests are read from stdin
# before any of the user's code runs.
require 'json'
require 'set'

class ListNode
  attr_accessor :val, :next

  def initialize(val = 0, _next = nil)
    @val = val
    @next = _next
  end
end

class TreeNode
  attr_accessor :val, :left, :right

  def initialize(val = 0, left = nil, right = nil)
    @val = val
    @left = left
    @right = right
  end
end

module VerdictDriver
  MAX_NODES = 1_000_000

  def self.read_tests
    data = String.new(encoding: Encoding::BINARY)
    newlines = 0
    need = nil
    while need.nil? || newlines < need
      chunk = begin
        STDIN.sysread(1 << 20)
      rescue EOFError
        exit!(0) # the judge closed stdin early: it wants no more
      end
      newlines += chunk.count("\n")
      data << chunk
      need = 2 + data.split("\n", 3)[1].to_i if need.nil? && newlines >= 2
    end
    lines = data.split("\n", -1)
    [lines[0], lines[2, need - 2].map { |line| line.force_encoding(Encoding::UTF_8) }]
  end

  NONCE, TESTS = read_tests
  OUT = STDOUT.dup
  LOCK = Mutex.new
  # the test running now and the CPU clock when it started, for the watcher's progress reports
  CURRENT = [-1, 0]

  def self.write(text)
    data = "\n#{NONCE} #{text}\n".b
    LOCK.synchronize { data = data.byteslice(OUT.syswrite(data)..) until data.empty? }
  end

  # a line on stdin asks how much CPU the running test has used; the end of stdin means stop
  Thread.new do
    loop do
      STDIN.sysread(1 << 16).count("\n").times do
        index, start = CURRENT
        write("P #{index} #{index >= 0 ? clock(Process::CLOCK_PROCESS_CPUTIME_ID) - start : 0}")
      end
    end
  rescue StandardError
    exit!(0)
  end

  def self.emit(text)
    begin
      $stdout.flush
    rescue StandardError
      nil
    end
    write(text)
  end

  def self.build_list(values)
    head = tail = ListNode.new
    values.each { |value| tail = tail.next = ListNode.new(value) }
    head.next
  end

  def self.build_tree(values)
    return nil if values.empty? || values[0].nil?

    root = TreeNode.new(values[0])
    queue = [root]
    at = 1
    while at < values.length
      node = queue.shift
      %i[left right].each do |side|
        if at < values.length && !values[at].nil?
          child = TreeNode.new(values[at])
          node.send("#{side}=", child)
          queue << child
        end
        at += 1
      end
    end
    root
  end

  def self.list_values(node)
    values = []
    until node.nil?
      raise "the returned list has more than #{MAX_NODES} nodes (a cycle?)" if values.length >= MAX_NODES

      values << node.val
      node = node.next
    end
    values
  end

  def self.tree_values(root)
    values = []
    queue = root.nil? ? [] : [root]
    at = 0
    while at < queue.length
      node = queue[at]
      at += 1
      if node.nil?
        values << nil
        next
      end
      raise "the returned tree has more than #{MAX_NODES} nodes (a cycle?)" if values.length >= MAX_NODES

      values << node.val
      queue << node.left << node.right
    end
    values.pop while !values.empty? && values[-1].nil?
    values
  end

  def self.to_ruby(kind, value)
    base, depth = kind
    return value.map { |item| to_ruby([base, depth - 1], item) } if depth.positive?

    case base
    when 'double' then value.to_f
    when 'ListNode' then build_list(value)
    when 'TreeNode' then build_tree(value)
    else value
    end
  end

  # A scalar as JSON has it; anything else as its inspect, so a wrong type is a wrong answer.
  def self.plain(value)
    case value
    when nil, true, false, Integer, String then value
    when Float then value.finite? ? value : nil
    else value.inspect
    end
  end

  def self.to_json_value(kind, value)
    base, depth = kind
    if depth.positive? && !value.nil? && value.respond_to?(:to_a) && !value.is_a?(Hash)
      return value.to_a.map { |item| to_json_value([base, depth - 1], item) }
    end
    return list_values(value) if depth.zero? && base == 'ListNode' && (value.nil? || value.respond_to?(:next))
    return tree_values(value) if depth.zero? && base == 'TreeNode' && (value.nil? || value.respond_to?(:left))

    plain(value)
  end

  def self.describe(error)
    lines = ["#{error.message} (#{error.class})"]
    (error.backtrace || []).each do |line|
      next if line.include?('verdict_driver.rb')

      lines << "  from #{line.sub(/\A(?:.*\/)?main\.rb/, 'solution.rb')}"
    end
    lines.join("\n")
  end

  def self.call(spec, calls)
    if spec['form'] == 'function'
      args = spec['params'].zip(calls).map { |kind, arg| to_ruby(kind, arg) }
      result = TOPLEVEL_BINDING.receiver.send(spec['name'], *args)
      return JSON.generate(to_json_value(spec['params'][spec['output']], args[spec['output']])) if spec['output']
      return JSON.generate(spec['returns'] ? to_json_value(spec['returns'], result) : nil)
    end
    cls = Object.const_get(spec['className'])
    instance = nil
    results = calls.map do |call|
      if instance.nil?
        instance = cls.new(*spec['ctor'].zip(call.drop(1)).map { |kind, arg| to_ruby(kind, arg) })
        next nil
      end
      method = spec['methods'][call[0]]
      result = instance.send(method['call'], *method['params'].zip(call.drop(1)).map { |kind, arg| to_ruby(kind, arg) })
      method['returns'] ? to_json_value(method['returns'], result) : nil
    end
    JSON.generate(results)
  end

  def self.memory_kb
    File.read('/proc/self/status')[/VmHWM:\s*(\d+)/, 1].to_i
  rescue StandardError
    0
  end

  def self.clock(id)
    Process.clock_gettime(id, :microsecond)
  end

  def self.run(spec_text)
    spec = JSON.parse(spec_text)
    TESTS.each_with_index do |line, index|
      emit("S #{index}")
      begin
        calls = JSON.parse(line)
      rescue StandardError => e
        emit("F #{index} #{JSON.generate(e.message)}")
        next
      end
      cpu = clock(Process::CLOCK_PROCESS_CPUTIME_ID)
      wall = clock(Process::CLOCK_MONOTONIC)
      CURRENT.replace([index, cpu])
      begin
        result = call(spec, calls)
        kind = 'E'
      rescue Exception => e # rubocop:disable Lint/RescueException -- SystemExit and stack overflows fail the test too
        result = JSON.generate(describe(e))
        kind = 'X'
      end
      CURRENT[0] = -1
      cpu = clock(Process::CLOCK_PROCESS_CPUTIME_ID) - cpu
      wall = clock(Process::CLOCK_MONOTONIC) - wall
      emit("#{kind} #{index} #{cpu} #{wall} #{memory_kb} #{result}")
    end
    emit('D')
  end
end
