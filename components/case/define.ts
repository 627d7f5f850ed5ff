import { defineElement } from '../base/define-element.js';
import { MvDecisionRecord } from './mv-decision-record.js';
import { MvReplyLetter } from './mv-reply-letter.js';

defineElement('mv-decision-record', MvDecisionRecord);
defineElement('mv-reply-letter', MvReplyLetter);

export { MvDecisionRecord, MvReplyLetter };
