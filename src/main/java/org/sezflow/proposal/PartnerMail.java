package org.sezflow.proposal;

import org.sezflow.mail.MailOutbox;
import org.springframework.stereotype.Component;

/**
 * The mail each partner gets from SEZ Flow, in the language the submission names for it: written to
 * the outbox in the step's transaction (sent after it commits). A partner with no address on record
 * (submitted before partners named theirs) gets none; the notification log still names it.
 */
@Component
class PartnerMail {

  private final MailOutbox outbox;

  PartnerMail(MailOutbox outbox) {
    this.outbox = outbox;
  }

  /** The allotment: plot, zone, acres, the letter and the construction deadline. */
  void plotAllotted(Proposal p) {
    for (Partner partner : p.submission().partners()) {
      if (partner.email() == null) {
        continue;
      }
      String plot = p.plotNumber();
      String acres = p.acresRequested().stripTrailingZeros().toPlainString();
      String[] text = switch (partner.language()) {
        case ZH -> new String[] {"SEZ Flow：" + p.zoneCode() + " 经济特区第 " + plot + " 号地块已分配（" + p.reference() + "）",
            "尊敬的" + addressee(partner) + "：\n\n" + p.zoneCode() + " 经济特区第 " + plot + " 号地块（" + acres
                + " 英亩）已分配给合资项目“" + p.submission().title() + "”（" + p.reference() + "）。\n分配函编号 "
                + p.allotmentLetterNo() + "，日期 " + p.allotmentLetterDate() + "。\n建设须于 "
                + p.constructionDeadline() + " 前完成。\n\n巴基斯坦投资委员会 CPEC 项目管理组"};
        case UR -> new String[] {
            "SEZ Flow: " + p.zoneCode() + " میں پلاٹ " + plot + " الاٹ کر دیا گیا (" + p.reference()
                + ")",
            "محترم " + addressee(partner) + "،\n\n" + p.zoneCode() + " میں پلاٹ " + plot + " (" + acres
                + " ایکڑ) مشترکہ منصوبے \"" + p.submission().title() + "\" (" + p.reference()
                + ") کو الاٹ کر دیا گیا ہے۔\nالاٹمنٹ لیٹر " + p.allotmentLetterNo() + " مورخہ "
                + p.allotmentLetterDate()
                + "۔\nتعمیر " + p.constructionDeadline()
                + " تک مکمل ہونی چاہیے۔\n\nبورڈ آف انویسٹمنٹ، سی پیک پراجیکٹ مینجمنٹ یونٹ"};
        case EN -> new String[] {"SEZ Flow: plot " + plot + " allotted in " + p.zoneCode() + " (" + p.reference() + ")",
            "Dear " + addressee(partner) + ",\n\nPlot " + plot + " (" + acres + " acres) in " + p.zoneCode()
                + " is allotted to the joint venture \"" + p.submission().title() + "\" (" + p.reference() + ").\n"
                + "Allotment letter " + p.allotmentLetterNo() + " of " + p.allotmentLetterDate() + ".\n"
                + "Construction must be complete by " + p.constructionDeadline() + ".\n\n"
                + "Board of Investment, CPEC Project Management Unit"};
      };
      outbox.enqueue(p.reference(), addressee(partner), partner.email(), partner.language().name(), text[0], text[1]);
    }
  }

  /** The partner as it writes its name, if it gave it so. */
  private static String addressee(Partner partner) {
    return partner.nameInOwnScript() == null ? partner.name() : partner.nameInOwnScript();
  }
}
