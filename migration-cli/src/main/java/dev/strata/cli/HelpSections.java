package dev.strata.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The layout of every help page: 100 columns unless the terminal says otherwise, headed sections, and a
 * command's own options first with the global ones (inherited from {@code strata}) under a heading of their
 * own, so that {@code strata upgrade --help} is complete without burying {@code --sql}.
 */
final class HelpSections {

    private static final String GLOBAL_HEADING = "globalOptionListHeading";
    private static final String GLOBAL_LIST = "globalOptionList";

    private HelpSections() {
    }

    static void apply(CommandLine root) {
        headings(root);
        for (CommandLine command : root.getSubcommands().values()) {
            headings(command);
            List<String> keys = new ArrayList<>(command.getHelpSectionKeys());
            int after = keys.indexOf(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1;
            keys.add(after, GLOBAL_LIST);
            keys.add(after, GLOBAL_HEADING);
            command.setHelpSectionKeys(keys);
            command.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
                    help -> help.optionListExcludingGroups(options(help, false)));
            command.getHelpSectionMap().put(GLOBAL_HEADING,
                    help -> String.format("%nGlobal options (also accepted before the command):%n"));
            command.getHelpSectionMap().put(GLOBAL_LIST, help -> help.optionListExcludingGroups(options(help, true)));
        }
    }

    private static void headings(CommandLine command) {
        command.setUsageHelpWidth(100);
        command.getCommandSpec().usageMessage()
                .parameterListHeading("%nArguments:%n")
                .optionListHeading("%nOptions:%n");
    }

    private static List<OptionSpec> options(Help help, boolean inherited) {
        return help.commandSpec().options().stream().filter(option -> option.inherited() == inherited).toList();
    }
}
