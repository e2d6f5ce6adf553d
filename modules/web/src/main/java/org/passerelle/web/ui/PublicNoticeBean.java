package org.passerelle.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.application.convention.PublicNotice;

/**
 * What the public pages (readable without signing in) show of the configuration: the recipient
 * organisations of the active conventions, the DPO's contact, the journal's retention. No personal
 * value: organisations, purposes and categories only.
 */
@Named("publicNotice")
@RequestScoped
public class PublicNoticeBean {

    /** One line of the recipients table, in words. */
    public record RecipientRow(String organisation, String purpose, String cadre, String categories) {}

    @Inject
    PublicNotice notice;

    private List<RecipientRow> recipients;

    public List<RecipientRow> getRecipients() {
        if (recipients == null) {
            recipients = notice.recipients().stream()
                    .map(r -> new RecipientRow(
                            r.organisationName(),
                            r.purpose(),
                            UiFormat.label(UiBundle.MESSAGES, "cadre", r.cadre()),
                            r.categories().stream()
                                    .map(c -> UiFormat.label(UiBundle.MESSAGES, "category", c))
                                    .collect(Collectors.joining(", "))))
                    .toList();
        }
        return recipients;
    }

    public String getDpoContact() {
        return notice.dpoContact();
    }

    public int getJournalRetentionMonths() {
        return notice.journalRetentionMonths();
    }
}
