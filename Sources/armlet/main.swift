import ArmletCLI
import Foundation

exit(CommandRunner.run(Array(CommandLine.arguments.dropFirst())))
