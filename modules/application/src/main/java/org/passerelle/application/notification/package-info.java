/**
 * Notifications (issue 5, item 4; DESIGN §4 "notified to the other side"): e-mails through the
 * server's mail session {@code java:jboss/mail/Passerelle}, sent once the transaction that made
 * the change commits. {@code ReferralNotices} decides who is told of what and words it;
 * {@code NoticeMailer} sends. An e-mail holds no personal data: no usager value, no triage reason,
 * no message (S3, S11's "never a value"), only what happened, ids, codes of the convention and a
 * link. Depends on {@code domain} and {@code secrecy}; never on {@code web}.
 */
package org.passerelle.application.notification;
