// The screen's way to say a timeline date or span in words ("spring 2019 – autumn 2020"), in the
// current language: formatTimelineSpan of shared/timeline/dateRange.ts with i18next's `t`.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTimelineSpan, type Translate } from '../../../shared/timeline/dateRange';
import type { TimelineDate } from '../../../shared/timeline/timelineDate';

export function useTimelineSpanText(): (date: TimelineDate, endDate: TimelineDate | null) => string {
  const { t } = useTranslation();
  return useCallback(
    (date: TimelineDate, endDate: TimelineDate | null) => {
      const translate: Translate = (key, values) => t(key, values ?? {});
      return formatTimelineSpan(date, endDate, translate);
    },
    [t],
  );
}
