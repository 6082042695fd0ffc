"""One small builder per user action (Anki's `aqt.operations`): each returns an `Operation`
bound to its service call and lane; the caller adds what is its own (the widgets to disable,
where the sentence goes, what to do with the result) and runs it.

    from app.ui.ops import jobs as job_ops

    job_ops.save_job(ctx, self, job_id, who, job).busy(self.save_button).errors_to(
        self.error_label.show_error).success(self._saved).run()
"""
