import ArmletEngine
/// Text with `az`'s what-if colours: a stack of ANSI colours where leaving a colour restores the
/// one below it (or the reset code), so coloured runs nest exactly as the CLI emits them.
struct WhatIfTextBuilder {
    /// The xterm-256 foreground colours the CLI uses.
    enum Color: String {
        case orange = "\u{1B}[38;5;208m"
        case green = "\u{1B}[38;5;77m"
        case purple = "\u{1B}[38;5;141m"
        case blue = "\u{1B}[38;5;39m"
        case gray = "\u{1B}[38;5;246m"
        case red = "\u{1B}[38;5;203m"
        case darkYellow = "\u{1B}[38;5;136m"
        case reset = "\u{1B}[0m"
    }

    let colored: Bool
    private(set) var text = ""
    private var stack: [Color] = []

    init(colored: Bool) { self.colored = colored }

    mutating func append(_ s: String, _ color: Color? = nil) {
        if let color { push(color) }
        text += s
        if color != nil { pop() }
    }

    mutating func line(_ s: String = "", _ color: Color? = nil) { append(s + "\n", color) }

    mutating func indent(_ level: Int) { text += String(repeating: " ", count: 2 * level) }

    mutating func push(_ color: Color) {
        guard colored else { return }
        stack.append(color)
        text += color.rawValue
    }

    mutating func pop() {
        guard colored else { return }
        stack.removeLast()
        text += (stack.last ?? .reset).rawValue
    }

    /// Runs `body` inside `color`.
    mutating func scoped(_ color: Color, _ body: (inout WhatIfTextBuilder) -> Void) {
        push(color)
        body(&self)
        pop()
    }
}

extension WhatIfChangeType {
    var color: WhatIfTextBuilder.Color {
        switch self {
        case .create: .green
        case .delete: .orange
        case .modify: .purple
        case .deploy: .blue
        case .noChange: .reset
        case .ignore, .unsupported: .gray
        }
    }
}

extension WhatIfPropertyChangeType {
    var color: WhatIfTextBuilder.Color {
        switch self {
        case .create: .green
        case .delete: .orange
        case .modify, .array: .purple
        case .noEffect: .gray
        }
    }
}
