import { expect } from '@open-wc/testing';
import { REVIEW_WARNING_DAYS, daysBetween, reviewStatus, reviewWarning } from '../../src/data/review.js';
import en from '../../src/data/ketamine.en.json';

// Every test passes its own "today": the rule never reads the clock.
describe('review dates (meta.nextReview)', () => {
  const meta = { nextReview: '2027-06-02' };

  it('counts whole days in UTC', () => {
    expect(daysBetween('2026-12-02', '2027-06-02')).to.equal(182);
    expect(daysBetween('2027-06-02', '2027-06-01')).to.equal(-1);
    expect(daysBetween('2028-02-28', '2028-03-01')).to.equal(2); // a leap year
  });

  it('is current until 60 days before the next review', () => {
    expect(REVIEW_WARNING_DAYS).to.equal(60);
    expect(reviewStatus(meta, '2026-12-02')).to.deep.equal({ state: 'current', daysLeft: 182 });
    expect(reviewStatus(meta, '2027-04-02')).to.deep.equal({ state: 'current', daysLeft: 61 });
    expect(reviewWarning('en.json', meta, '2027-04-02')).to.equal(undefined);
  });

  it('is due soon from 60 days before, through the day itself', () => {
    expect(reviewStatus(meta, '2027-04-03')).to.deep.equal({ state: 'due-soon', daysLeft: 60 });
    expect(reviewStatus(meta, '2027-06-02')).to.deep.equal({ state: 'due-soon', daysLeft: 0 });
    expect(reviewWarning('en.json', meta, '2027-05-03')).to.equal(
      'en.json: meta.nextReview: the content is due for review on 2027-06-02, in 30 days. Check every source again and update meta.lastReviewed and meta.nextReview.',
    );
    expect(reviewWarning('en.json', meta, '2027-06-02')).to.match(/due for review on 2027-06-02, today\./);
  });

  it('is overdue from the day after', () => {
    expect(reviewStatus(meta, '2027-06-03')).to.deep.equal({ state: 'overdue', daysOver: 1 });
    expect(reviewWarning('en.json', meta, '2028-06-02')).to.equal(
      'en.json: meta.nextReview: the content was due for review on 2027-06-02, 366 days ago. Check every source again before the next release.',
    );
  });

  it('the bundled content is current on the day it was reviewed', () => {
    expect(reviewStatus(en.meta, en.meta.lastReviewed).state).to.equal('current');
  });
});
