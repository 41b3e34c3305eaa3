#include "import_pipeline.h"

#include <thread>
#include <variant>

namespace hemeroteca {
namespace {

std::size_t weight(const Chunk& chunk) { return std::max<std::size_t>(1, chunk.records.size()); }

}  // namespace

void ImportPipeline::run(const Stages& stages) {
  stages_ = &stages;
  std::vector<std::thread> threads;
  threads.reserve(workers_);
  for (unsigned worker = 0; worker < workers_; ++worker) {
    threads.emplace_back([this, worker] { work(worker); });
  }
  try {
    write();
  } catch (...) {
    stop(std::current_exception());
  }
  for (std::thread& thread : threads) thread.join();
  if (error_) std::rethrow_exception(error_);
}

void ImportPipeline::emit(Chunk&& chunk) {
  std::lock_guard lock(mutex_);
  buffered_ += weight(chunk);
  const TaskKey key = chunk.key;
  chunks_.insert_or_assign(key, std::move(chunk));
  chunk_ready_.notify_one();
}

void ImportPipeline::spawn(ExtractTask&& task) {
  std::lock_guard lock(mutex_);
  const TaskKey key = task.key;
  tasks_.insert_or_assign(key, std::move(task));
  work_ready_.notify_one();
}

bool ImportPipeline::may_start(const TaskKey& key) const {
  return buffered_ < max_buffered_ || key == next_write_;
}

bool ImportPipeline::finished() const { return inputs_done_ && tasks_.empty() && busy_ == 0; }

void ImportPipeline::stop(std::exception_ptr error) {
  std::lock_guard lock(mutex_);
  if (!error_) error_ = error;
  stopping_ = true;
  work_ready_.notify_all();
  chunk_ready_.notify_all();
}

void ImportPipeline::work(unsigned worker) {
  for (;;) {
    std::variant<std::monostate, InputItem, ExtractTask> task;
    {
      std::unique_lock lock(mutex_);
      for (;;) {
        if (stopping_ || finished()) {
          work_ready_.notify_all();
          chunk_ready_.notify_all();
          return;
        }
        if (!tasks_.empty() && may_start(tasks_.begin()->first)) {
          task = std::move(tasks_.extract(tasks_.begin()).mapped());
          break;
        }
        if (tasks_.empty() && !inputs_done_ && may_start({next_seq_, 0})) {
          std::optional<InputItem> input;
          try {
            input = stages_->next_input();
          } catch (...) {
            lock.unlock();
            stop(std::current_exception());
            return;
          }
          if (!input) {
            inputs_done_ = true;
            chunk_ready_.notify_all();
            continue;
          }
          next_seq_ = input->seq + 1;
          task = std::move(*input);
          break;
        }
        work_ready_.wait(lock);
      }
      ++busy_;
    }
    try {
      if (auto* input = std::get_if<InputItem>(&task)) {
        stages_->read(std::move(*input), worker);
      } else {
        stages_->extract(std::move(std::get<ExtractTask>(task)), worker);
      }
    } catch (...) {
      stop(std::current_exception());
    }
    std::lock_guard lock(mutex_);
    --busy_;
    work_ready_.notify_all();
    chunk_ready_.notify_all();
  }
}

void ImportPipeline::write() {
  for (;;) {
    Chunk chunk;
    {
      std::unique_lock lock(mutex_);
      chunk_ready_.wait(lock, [&] {
        return stopping_ || chunks_.contains(next_write_) ||
               (inputs_done_ && next_write_.seq >= next_seq_);
      });
      if (stopping_) return;
      if (!chunks_.contains(next_write_)) return;  // every input written
      chunk = std::move(chunks_.extract(next_write_).mapped());
      buffered_ -= weight(chunk);
      next_write_ =
          chunk.last ? TaskKey{chunk.key.seq + 1, 0} : TaskKey{chunk.key.seq, chunk.key.part + 1};
      work_ready_.notify_all();
    }
    stages_->write(std::move(chunk));
  }
}

}  // namespace hemeroteca
